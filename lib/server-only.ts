/**
 * Marks a module that reads server-only configuration (the Sanity read token, the webhook
 * secret) or talks to the content source. It stands in for the `server-only` package, which
 * Next.js refuses in any module a Pages Router page imports ("only available in Server
 * Components in the App Router"), while the reader pages (pages/) read content in
 * getStaticProps. What keeps these modules out of the browser is, first, Next.js removing
 * getStaticProps and everything only it imports from a page's browser bundle, and ESLint's
 * rule that client components and the enhancement script never import lib/content or
 * lib/env/server; this guard is the last line: it fails the moment such a module runs in a
 * browser.
 */
if (typeof window !== 'undefined') {
  throw new Error('This module reads server-only configuration and must never run in a browser.')
}

export {}
