import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

// The Chromium that the end-to-end tests, the benchmarks and the screenshots launch, and how.
// Browser downloads are not possible on these machines: CHROMIUM_PATH names one, else
// Playwright's own or Debian's (apt-get install chromium) is used where installed.

const DEBIAN_CHROMIUM = '/usr/bin/chromium'
const NOT_FOUND =
  "No Chromium found. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH."

/** Flags for every launch: no sandbox (root in CI), no GPU, and no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * For the end-to-end tests: CHROMIUM_PATH, else Playwright's own (undefined: Playwright then
 * picks its binary itself), else Debian's.
 */
export function testChromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(chromium.executablePath())) return undefined
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  throw new Error(NOT_FOUND)
}

/**
 * For the benchmarks and screenshots: CHROMIUM_PATH, else Debian's (the figures in
 * docs/performance.md were measured with it), else Playwright's own.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  if (existsSync(chromium.executablePath())) return chromium.executablePath()
  throw new Error(NOT_FOUND)
}
