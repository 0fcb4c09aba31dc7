import { expect, type Page, test } from '@playwright/test'
import { SEED_ARTICLE } from '../tests/seed-article.ts'

/** Security headers on every kind of response, and a site that works under its policy. */

const ARTICLE = SEED_ARTICLE.path

const PAGES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'article', path: ARTICLE, status: 200 },
  { name: 'support', path: '/support', status: 200 },
  { name: 'category', path: '/category/relationships', status: 200 },
  { name: 'author', path: '/author/nabado-editors', status: 200 },
  { name: 'search', path: '/search?q=love', status: 200 },
  { name: '404', path: '/no-such-page-anywhere', status: 404 },
  { name: 'feed.xml', path: '/feed.xml', status: 200 },
  { name: 'sitemap.xml', path: '/sitemap.xml', status: 200 },
  { name: 'an API route', path: '/api/revalidate', status: 401 },
]

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources.join(' ')]
    }),
  )
}

test.describe('security headers', () => {
  for (const { name, path, status } of PAGES) {
    test(`${name} (${path}) carries them`, async ({ request }) => {
      const response =
        name === 'an API route'
          ? await request.post(path, { data: {}, failOnStatusCode: false })
          : await request.get(path, { failOnStatusCode: false, maxRedirects: 0 })
      expect(response.status()).toBe(status)
      const headers = response.headers()
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      const permissions = headers['permissions-policy'] ?? ''
      for (const off of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
        expect(permissions).toContain(off)
      expect(permissions).toContain('clipboard-write=(self)')
      expect(permissions).toContain('web-share=(self)')
      // The test site's origin is http://: no HSTS (it would pin a name that cannot do TLS).
      expect(headers['strict-transport-security']).toBeUndefined()
      expect(headers['x-powered-by']).toBeUndefined()

      const csp = directives(headers['content-security-policy'] ?? '')
      expect(csp.get('default-src')).toBe("'self'")
      // No 'unsafe-inline': the one inline script (the boot script) is allowed by its hash.
      expect(csp.get('script-src')).toMatch(/^'self' 'sha256-[A-Za-z0-9+/]{43}='$/)
      expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'")
      expect(csp.get('img-src')).toBe("'self' data: https://cdn.sanity.io")
      expect(csp.get('connect-src')).toBe("'self'")
      expect(csp.get('object-src')).toBe("'none'")
      expect(csp.get('base-uri')).toBe("'none'")
      expect(csp.get('form-action')).toBe("'self'")
      expect(csp.get('frame-ancestors')).toBe("'self'")
    })
  }

  test('the Studio gets its own policy', async ({ request }) => {
    for (const path of ['/studio', '/studio/structure']) {
      const response = await request.get(path, { failOnStatusCode: false })
      expect(response.status(), path).toBe(200)
      const headers = response.headers()
      expect(headers['x-content-type-options']).toBe('nosniff')
      const csp = directives(headers['content-security-policy'] ?? '')
      expect(csp.get('connect-src')).toContain('https://*.api.sanity.io')
      expect(csp.get('connect-src')).toContain('wss://*.api.sanity.io')
      expect(csp.get('img-src')).toContain('https://cdn.sanity.io')
      expect(csp.get('script-src')).not.toContain('unsafe-eval')
      expect(csp.get('frame-src')).toBe("'self'")
      expect(csp.get('frame-ancestors')).toBe("'self'")
      expect(csp.get('object-src')).toBe("'none'")
    }
  })
})

/** Collects every CSP violation the page reports, in the console or as an event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      violations.push(`console: ${message.text()}`)
  })
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void })
        .__reportCspViolation
      report(`event: ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return violations
}

test.describe('the site under its policy', () => {
  test('a blocked load is reported (the watcher works)', async ({ page }) => {
    const violations = await watchViolations(page)
    await page.goto('/support')
    await page.evaluate(() => {
      const img = document.createElement('img')
      img.src = 'https://elsewhere.example/pixel.png'
      document.body.append(img)
    })
    await expect.poll(() => violations.length).toBeGreaterThan(0)
  })

  for (const { name, path } of [
    { name: 'home', path: '/' },
    { name: 'article', path: ARTICLE },
    { name: 'search', path: '/search?q=love' },
  ]) {
    test(`${name} works with no CSP violation`, async ({ page }) => {
      const violations = await watchViolations(page)
      await page.goto(path)
      await expect(page.getByRole('banner')).toBeVisible()
      // The boot script and the enhancement script have run: the page's scripts are live.
      await expect(page.locator('html')).toHaveAttribute('data-enhanced', '')
      await page.waitForLoadState('networkidle')
      expect(violations).toEqual([])
    })
  }

  test.describe('support', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

    test('works with no CSP violation, copy button included', async ({ page }) => {
      const violations = await watchViolations(page)
      await page.goto('/support')
      await page.waitForLoadState('networkidle')
      const button = page.getByRole('button', { name: 'Copy till number', exact: true })
      await button.click()
      await expect(button.getByText('Copied', { exact: true })).toBeVisible()
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\d/)
      expect(violations).toEqual([])
    })
  })

  test('search from the form works with no CSP violation', async ({ page }) => {
    const violations = await watchViolations(page)
    await page.goto('/search')
    await page.waitForLoadState('networkidle')
    const box = page.getByRole('main').getByRole('searchbox')
    await box.fill('love')
    await box.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=love/)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })
})
