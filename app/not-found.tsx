import { NotFoundMessage } from '@/components/not-found-message'
import { SiteShell } from '@/components/site-shell'
import './globals.css'

/** An address no route matches: the root layout has no chrome, so this brings the shell. */
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundMessage />
    </SiteShell>
  )
}
