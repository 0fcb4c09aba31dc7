// The pages ship no framework JavaScript; this small script enhances their server-rendered
// controls (see enhance.ts). Built by build.ts into public/enhance/.
import { enhance } from './enhance.ts'

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => enhance(document))
} else {
  enhance(document)
}
