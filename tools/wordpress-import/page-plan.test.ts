import { describe, expect, it } from 'vitest'
import { pageRedirectSource, planPages, type PagePlan, type WordPressPage } from './page-plan.ts'

const page = (id: string, name: string, extra: Partial<WordPressPage> = {}): WordPressPage => ({
  id,
  title: name ? name[0]!.toUpperCase() + name.slice(1) : `Page ${id}`,
  name,
  parentId: '0',
  status: 'publish',
  protected: false,
  link: '',
  ...extra,
})

type Planned = Extract<PagePlan, { kind: 'published' | 'draft' }>
const planned = (plans: Map<string, PagePlan>, id: string) => {
  const plan = plans.get(id)
  if (!plan || plan.kind === 'skipped')
    throw new Error(`page ${id} was not planned: ${JSON.stringify(plan)}`)
  return plan as Planned
}
const summary = (plans: Map<string, PagePlan>) =>
  Object.fromEntries(
    [...plans.values()].map((plan) => [
      plan.id,
      plan.kind === 'skipped' ? plan.kind : `${plan.kind} ${plan.documentId} ${plan.path}`,
    ]),
  )

describe('planPages', () => {
  it('keeps WordPress’s slugs and hierarchy: /about and /about/team', () => {
    const plans = planPages(
      [
        page('2', 'team', { parentId: '1', link: 'https://nabado.co.ke/about/team/' }),
        page('1', 'about', { link: 'https://nabado.co.ke/about/' }),
      ],
      'skip',
    )
    expect(summary(plans)).toEqual({
      '1': 'published page-about /about',
      '2': 'published page-team /about/team',
    })
    expect(planned(plans, '2')).toMatchObject({
      parent: { slug: 'about', documentId: 'page-about' },
      wordpressPath: '/about/team/',
      warnings: [],
    })
    expect(planned(plans, '1').parent).toBeUndefined()
  })

  it('puts a deeper page under its top-level ancestor, and says so', () => {
    const plans = planPages(
      [
        page('1', 'about'),
        page('2', 'team', { parentId: '1' }),
        page('3', 'history', { parentId: '2', title: 'Our history' }),
      ],
      'skip',
    )
    expect(planned(plans, '3')).toMatchObject({
      path: '/about/history',
      parent: { documentId: 'page-about' },
      // No <link>: WordPress's address is built from the ancestors' slugs.
      wordpressPath: '/about/team/history/',
      warnings: [
        'page 3 "Our history": pages are at most two levels deep here: it is now directly under "About", not under "Team" (its old address redirects)',
      ],
    })
  })

  it('gives a slug that is one of the site’s addresses, or a number, another one', () => {
    const plans = planPages(
      [page('1', 'support'), page('2', 'search'), page('3', '2024'), page('4', 'support-page')],
      'skip',
    )
    expect(summary(plans)).toEqual({
      '4': 'published page-support-page /support-page',
      '1': 'published page-support-page-1 /support-page-1',
      '2': 'published page-search-page /search-page',
      '3': 'published page-2024-page /2024-page',
    })
    expect(planned(plans, '1').warnings).toEqual([
      'page 1 "Support": slug "support" cannot be a page\'s here: "/support" is already one of the site\'s own addresses: choose another slug. It is now "support-page".',
      'page 1 "Support": another page has the address /support-page; now "support-page-1"',
    ])
  })

  it('keeps the same slug under two parents, with distinct ids', () => {
    const plans = planPages(
      [
        page('1', 'about'),
        page('2', 'careers'),
        page('3', 'team', { parentId: '1' }),
        page('4', 'team', { parentId: '2' }),
      ],
      'skip',
    )
    expect(summary(plans)).toMatchObject({
      '3': 'published page-team /about/team',
      '4': 'published page-careers-team /careers/team',
    })
  })

  it('makes a slug from the title when WordPress’s cannot be an address', () => {
    const plans = planPages(
      [page('1', '%d8%b9%d9%86-%d9%86%d8%a7', { title: 'Kuhusu sisi' })],
      'skip',
    )
    expect(planned(plans, '1')).toMatchObject({ slug: 'kuhusu-sisi', path: '/kuhusu-sisi' })
    expect(planned(plans, '1').warnings[0]).toMatch(
      /is not a valid address here; now "kuhusu-sisi"/,
    )
  })

  it('leaves drafts and private pages out, or imports them as drafts with --drafts draft', () => {
    const pages = [
      page('1', 'about'),
      page('2', '', { status: 'draft', title: 'Advertise with us' }),
      page('3', 'style-guide', { status: 'private' }),
      page('4', 'members', { protected: true }),
      page('5', 'old', { status: 'trash' }),
      page('6', 'team', { status: 'draft', parentId: '1' }),
    ]
    const skipped = planPages(pages, 'skip')
    expect(summary(skipped)).toEqual({
      '1': 'published page-about /about',
      '2': 'skipped',
      '3': 'skipped',
      '4': 'skipped',
      '5': 'skipped',
      '6': 'skipped',
    })
    expect(skipped.get('3')).toMatchObject({
      reason: 'page 3 "Style-guide" is private (use --drafts draft to import it as a draft)',
    })
    expect(skipped.get('4')).toMatchObject({ reason: expect.stringMatching(/password-protected/) })
    expect(skipped.get('5')).toMatchObject({ reason: 'page 5 "Old" is trash' })

    const drafts = planPages(pages, 'draft')
    expect(summary(drafts)).toEqual({
      '1': 'published page-about /about',
      '2': 'draft drafts.page-advertise-with-us /advertise-with-us',
      '3': 'draft drafts.page-style-guide /style-guide',
      '4': 'draft drafts.page-members /members',
      '5': 'skipped',
      '6': 'draft drafts.page-team /about/team',
    })
    // A draft never takes a published page's id (its draft would be that page's).
    expect(
      summary(planPages([page('1', 'about', { status: 'draft' }), page('2', 'about')], 'draft')),
    ).toEqual({
      '2': 'published page-about /about',
      '1': 'draft drafts.page-about-1 /about-1',
    })
  })

  it('makes a page whose parent is unpublished, missing or a loop top-level', () => {
    const plans = planPages(
      [
        page('1', 'about', { status: 'draft' }),
        page('2', 'team', { parentId: '1' }),
        page('3', 'lost', { parentId: '99' }),
        page('4', 'a', { parentId: '5' }),
        page('5', 'b', { parentId: '4' }),
      ],
      'skip',
    )
    expect(planned(plans, '2')).toMatchObject({
      path: '/team',
      warnings: [
        expect.stringMatching(/its parent "About" is not published: it is a top-level page/),
      ],
    })
    expect(planned(plans, '3')).toMatchObject({
      path: '/lost',
      warnings: [expect.stringMatching(/its parent page 99 is not in the export/)],
    })
    // Each of a loop's pages is under the other in WordPress: both end up two levels at most.
    for (const id of ['4', '5'])
      expect(planned(plans, id).path.split('/').length).toBeLessThanOrEqual(3)
  })
})

describe('pageRedirectSource', () => {
  const plans = planPages(
    [
      page('1', 'about', { link: 'https://nabado.co.ke/about/' }),
      page('2', 'history', { parentId: '3', link: 'https://nabado.co.ke/about/team/history/' }),
      page('3', 'team', { parentId: '1', link: 'https://nabado.co.ke/about/team/' }),
      page('4', 'support', { link: 'https://nabado.co.ke/support/' }),
      page('5', 'draft', { link: 'https://nabado.co.ke/?page_id=5' }),
    ],
    'skip',
  )
  const live = new Set(['/about', '/about/team', '/about/history', '/support-page', '/draft'])
  const source = (id: string) => pageRedirectSource(planned(plans, id), live)

  it('redirects an old address that differs from the new one', () => {
    expect(source('2')).toEqual({ from: '/about/team/history' })
  })

  it('has nothing to redirect when the address is unchanged (the trailing slash is Next.js’s)', () => {
    expect(source('1')).toBeUndefined()
    expect(source('3')).toBeUndefined()
  })

  it('never redirects one of the site’s own addresses', () => {
    expect(source('4')).toEqual({ refused: '/support' })
  })

  it('builds the address from the slugs when the link is ?page_id=', () => {
    expect(planned(plans, '5').wordpressPath).toBe('/draft/')
    expect(source('5')).toBeUndefined()
  })
})
