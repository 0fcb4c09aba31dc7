import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** Playwright's own Chromium where installed, else CHROMIUM_PATH or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  if (existsSync(chromium.executablePath())) return chromium.executablePath()
  throw new Error('No Chromium: apt-get install chromium, or set CHROMIUM_PATH')
}
