import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3100)
export const baseURL = `http://127.0.0.1:${PORT}`

/**
 * Playwright's own Chromium where it is installed, else Debian's (/usr/bin/chromium), or a
 * path from CHROMIUM_PATH. Browser downloads are not possible on these machines.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(chromium.executablePath())) return undefined
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  throw new Error(
    "No Chromium found. Install Debian's (apt-get install chromium) or set CHROMIUM_PATH.",
  )
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The built site, never the dev server: what readers get.
    command: `next build && next start --hostname 127.0.0.1 --port ${PORT}`,
    url: `${baseURL}/support`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
})
