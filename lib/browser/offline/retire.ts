/**
 * The worker `next dev` serves at /sw.js (lib/browser/offline/build.ts `retire`): it takes over from
 * a real one that `next start` on the same origin (localhost:3000) installed, deletes its
 * caches and unregisters, so development pages and files are never answered from copies.
 */
import { CACHE_PREFIX } from './names.ts'

type Scope = {
  addEventListener(
    type: string,
    listener: (event: Event & { waitUntil(p: Promise<unknown>): void }) => void,
  ): void
  skipWaiting(): Promise<void>
  registration: { unregister(): Promise<boolean> }
}
const scope = self as unknown as Scope

scope.addEventListener('install', () => {
  void scope.skipWaiting()
})
scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX)).map((n) => caches.delete(n))),
      )
      .then(() => scope.registration.unregister()),
  )
})
