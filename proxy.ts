import { NextResponse, type NextRequest } from 'next/server'
import { wordpressRedirect } from './lib/redirects/proxy-redirect.ts'
import { isBodyToPage } from './lib/addresses/methods.ts'
import {
  DRAFT_MODE_COOKIE,
  isReaderPath,
  previewPath,
  readerPathOf,
} from './lib/addresses/preview.ts'

/**
 * Refuses an address whose percent-encoding does not decode (`/%FF`, `/category/%C3%28`).
 * Next.js 16.4 fails on these inside its route matcher with a bare 500 before any page code
 * runs; here they get the 400 they deserve, in a few microseconds, before routing.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: this address is not valid.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  // A body sent to a page (lib/addresses/methods.ts): 405, never rendered or read.
  if (isBodyToPage(request.method, request.nextUrl.pathname, request.headers)) {
    return new NextResponse('Method not allowed: this address only answers GET.', {
      status: 405,
      headers: {
        Allow: 'GET, HEAD',
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      },
    })
  }
  // Old WordPress addresses that are not permalinks (/?p=123, /tag/x): the importer's map.
  const wordpress = wordpressRedirect(request.nextUrl)
  if (wordpress) return wordpress
  return editorOrReader(request)
}

/**
 * Editors in draft mode get the App Router's twin of a reader page (React, drafts, visual
 * editing) at the same address; readers get the plain-HTML page and never the twin: a
 * /preview address without the cookie goes back to the reader's.
 */
function editorOrReader(request: NextRequest) {
  const { pathname } = request.nextUrl
  const editor = request.cookies.has(DRAFT_MODE_COOKIE)
  const reader = readerPathOf(pathname)
  if (reader !== null) {
    if (editor) return NextResponse.next()
    const url = request.nextUrl.clone()
    url.pathname = reader
    return NextResponse.redirect(url, 307)
  }
  if (editor && isReaderPath(pathname)) {
    const url = request.nextUrl.clone()
    url.pathname = previewPath(pathname)
    return NextResponse.rewrite(url)
  }
  return NextResponse.next()
}

export const config = {
  // Build assets are never routed through a dynamic segment; everything else is checked.
  matcher: ['/((?!_next/static|_next/image).*)'],
}
