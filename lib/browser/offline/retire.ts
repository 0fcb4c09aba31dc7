/**
 * The worker `next dev` serves at /sw.js (lib/browser/offline/build.ts `retire`): it takes over from
 * a real one that `next start` on the same origin (localhost:3000) installed, deletes its
 * caches and unregisters, so development pages and files are never answered from copies.
 */
import { CACHE_PREFIX } from './names.ts'

// A service worker's global scope (lib.webworker, through this folder's tsconfig.json).
declare const self: ServiceWorkerGlobalScope

self.addEventListener('install', () => {
  void self.skipWaiting()
})
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX)).map((n) => caches.delete(n))),
      )
      .then(() => self.registration.unregister()),
  )
})
