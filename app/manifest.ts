import type { MetadataRoute } from 'next'
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/seo/site.ts'

/**
 * The web app manifest (/manifest.webmanifest), linked from every reader page's head
 * (components/reader-page.tsx), so the site can be added to a phone's home screen and opens
 * there like an app. Colours are the light theme's page colour (app/globals.css); the
 * pages' theme-color metas (pages/_document.tsx) give the browser both themes' colours.
 * Icons: public/icons/, drawn from app/icon.svg by scripts/make-icons.ts.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en-KE',
    background_color: '#fbf8f3',
    theme_color: '#fbf8f3',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}
