import type { ReactNode } from 'react'
import { SiteShell } from '@/components/site-shell'
import '../globals.css'

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>
}
