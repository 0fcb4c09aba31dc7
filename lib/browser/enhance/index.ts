// The pages ship no framework JavaScript; this small script enhances their server-rendered
// controls (see enhance.ts) and, where the browser allows it, registers the offline worker
// (offline.ts), and on an article counts one read (read-beacon.ts). Built by build.ts into
// public/enhance/.
import { enhance } from './enhance.ts'
import { enableOffline } from './offline.ts'
import { watchReads } from './read-beacon.ts'

const ready = () => {
  enhance(document)
  watchReads(window)
}
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', ready)
} else {
  ready()
}
enableOffline(window)
