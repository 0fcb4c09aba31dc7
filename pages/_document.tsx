import { Head, Html, Main } from 'next/document'
import { bootScript } from '@/lib/theme/boot-script.ts'
import { enhanceScriptPath } from '@/lib/env/public.ts'

/**
 * The reader pages' document. No <NextScript/>: every page in pages/ ships without Next.js's
 * or React's browser runtime (`unstable_runtimeJS: false` in each), so the only scripts are
 * the inline boot script (data-js and a stored theme before first paint; allowed by its hash
 * in the CSP, lib/http/security-headers.ts) and our few-KB enhancement script, deferred.
 */
export default function ReaderDocument() {
  return (
    <Html lang="en">
      <Head>
        <script dangerouslySetInnerHTML={{ __html: bootScript }} />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#fbf8f3" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#1d1a17" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
        {enhanceScriptPath ? <script src={enhanceScriptPath} defer /> : null}
      </Head>
      <body>
        <Main />
      </body>
    </Html>
  )
}
