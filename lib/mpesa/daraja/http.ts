/** One request to Daraja and what came back, or why nothing did. Never throws. */
export type DarajaAnswer =
  | { kind: 'answered'; status: number; json: unknown }
  | { kind: 'no-answer'; reason: 'timeout' | 'refused' | 'network'; detail: string }

// Daraja's answers are a few hundred bytes; anything this large is not one of them.
const MAX_ANSWER_CHARS = 64 * 1024

export async function callDaraja(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<DarajaAnswer> {
  try {
    // One deadline for connecting, the answer and its body.
    const response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    const text = await response.text()
    let json: unknown
    if (text.length <= MAX_ANSWER_CHARS) {
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
    }
    return { kind: 'answered', status: response.status, json }
  } catch (error) {
    const name = (error as Error)?.name
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { kind: 'no-answer', reason: 'timeout', detail: `no answer within ${timeoutMs} ms` }
    }
    const cause = (error as { cause?: { code?: string } })?.cause
    const code = cause?.code ?? (error as { code?: string })?.code
    return {
      kind: 'no-answer',
      reason: code === 'ECONNREFUSED' ? 'refused' : 'network',
      detail: code ?? (error as Error)?.message ?? 'network error',
    }
  }
}
