import type { AppProps } from 'next/app'
import '../app/globals.css'

/** The reader pages share the site's one stylesheet with the App Router's routes. */
export default function ReaderApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />
}
