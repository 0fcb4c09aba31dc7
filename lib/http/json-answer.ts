import type { NextApiRequest, NextApiResponse } from 'next'

// The machines' API routes (the publish webhook, the search rebuild, the Studio's read counts)
// answer JSON that no cache may keep: an answer says what happened at this moment, to this
// caller.

/** `answer(status, body)`: a JSON answer marked no-store. */
export function noStoreJson<Body>(response: NextApiResponse<Body>) {
  return (status: number, body: Body) => {
    response.setHeader('Cache-Control', 'no-store')
    response.status(status).json(body)
  }
}

/** Answers 405 with `Allow` unless the request's method is one of `methods`; true if it did. */
export function refusedMethod(
  request: NextApiRequest,
  response: NextApiResponse,
  methods: readonly string[],
): boolean {
  if (request.method !== undefined && methods.includes(request.method)) return false
  response.setHeader('Allow', methods.join(', '))
  noStoreJson(response)(405, { error: 'Method not allowed' })
  return true
}
