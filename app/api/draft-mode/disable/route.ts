import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

/** Leaves preview and returns to the page the editor was on (a site path only). */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const to = request.nextUrl.searchParams.get('redirect') ?? '/'
  const safe = to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\') ? to : '/'
  return NextResponse.redirect(new URL(safe, request.url), 307)
}
