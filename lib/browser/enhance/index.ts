// The pages ship no framework JavaScript; this small script enhances their server-rendered
// controls (see enhance.ts) and, where the browser allows it, registers the offline worker
// (offline.ts). Built by build.ts into public/enhance/.
import { enhance } from './enhance.ts'
import { enableOffline } from './offline.ts'

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => enhance(document))
} else {
  enhance(document)
}
enableOffline(window)
