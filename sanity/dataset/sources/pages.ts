/**
 * The editors' pages in the bundled dataset, linked from the footer. Every statement in them
 * is true of this site as built; what each rests on is noted beside it, so a change to the
 * site that makes one untrue can be found from here:
 * - no analytics, advertising or tracking code, no third-party scripts or fonts: there is
 *   none in pages/, components/, lib/ or app/; the readers' Content Security Policy
 *   (lib/http/security-headers.ts) allows scripts, fonts and connections to this site only, and
 *   images from this site, data: and Sanity's image CDN (cdn.sanity.io);
 * - no cookies for readers: no reader page sets one (e2e/pages.spec.ts checks); the only
 *   cookies are the editors' draft-preview ones, set by /api/draft-mode/enable
 *   (lib/content/draft-mode.ts, next-sanity) after the Studio's one-time secret is checked;
 * - the theme choice: localStorage key `nabado-theme` (lib/theme/choice.ts, lib/browser/enhance/theme.ts),
 *   written only when the reader presses the theme button, never sent to the server;
 * - offline copies: the offline worker (issue #17, lib/browser/offline/) keeps the last 30 articles
 *   opened, at most 10 MB (lib/browser/offline/saved.ts LIMITS), in Cache Storage (`nabado-…`
 *   caches), and sends no list of them anywhere; nothing else is stored in the browser;
 * - searches: /search?q= is answered per request and not stored (pages/search.tsx); the
 *   site's own code logs nothing about requests (only content-source and webhook failures);
 * - share links and embeds: plain links, and embeds are cards that load nothing from the
 *   provider until the reader follows them (docs/architecture.md, "Sharing"; issue #16).
 * - support: M-Pesa till and remittance services, from the seed page (../shared/seed/).
 */

/** A run of text, or a link (an address on this site or an https:// one). */
export type Inline = string | { text: string; href: string }

export type SourceBlock = { h2: string } | { p: Inline[] } | { bullets: Inline[][] }

export type SourcePage = {
  slug: string
  title: string
  seoDescription: string
  /** When the editors last changed it, when later than the pages' common date. */
  updatedAt?: string
  body: SourceBlock[]
}

const link = (text: string, href: string) => ({ text, href })

export const ABOUT_PAGE: SourcePage = {
  slug: 'about',
  title: 'About Nabado',
  seoDescription:
    'Nabado is a Kenyan online magazine about relationships and society: honest, careful writing for everyday life, free to read.',
  body: [
    {
      p: [
        'Nabado is a Kenyan online magazine about relationships and society: honest, careful writing for everyday life. Simply amazing, always for you.',
      ],
    },
    { h2: 'What we write about' },
    {
      p: [
        'Love and the work of staying close, why we feel and behave the way we do, and how we live together in Kenya today:',
      ],
    },
    {
      bullets: [
        [link('Relationships', '/category/relationships'), ': dating, love, marriage.'],
        [link('Psychology', '/category/psychology'), ': why we feel, fear and behave as we do.'],
        [link('Society', '/category/society'), ': loneliness, pressure and change.'],
        [
          link('Kenyan Society', '/category/kenyan-society'),
          ': family, culture and expectations in Kenya.',
        ],
        [link('Money & Love', '/category/money'), ': what money does to relationships.'],
      ],
    },
    { h2: 'Who writes it' },
    {
      p: [
        'Articles are written and edited by the ',
        link('Nabado editorial team', '/author/nabado-editors'),
        '.',
      ],
    },
    { h2: 'Made for your phone' },
    {
      p: [
        'Most of our readers read on a phone, often on mobile data. So every page is light: text and small pictures, no adverts, no videos that play by themselves, nothing to install, and everything works with JavaScript switched off.',
      ],
    },
    {
      p: [
        'Find older articles with the ',
        link('search page', '/search'),
        ', or follow new ones in any feed reader through our ',
        link('RSS feed', '/feed.xml'),
        '.',
      ],
    },
    { h2: 'Free to read, kept going by readers' },
    {
      p: [
        'Every article is free. Nabado is kept going by readers who choose to support it, by M-Pesa in Kenya or by a money transfer from abroad: ',
        link('see how to support Nabado', '/support'),
        '.',
      ],
    },
    { h2: 'Your privacy' },
    {
      p: [
        'We do not track you: no analytics, no advertising trackers, no cookies for readers. ',
        link('Read what we keep, and what we do not', '/privacy'),
        '.',
      ],
    },
  ],
}

export const PRIVACY_PAGE: SourcePage = {
  slug: 'privacy',
  title: 'Privacy',
  // "Give with M-Pesa" added what it keeps; read counts (#26) what is counted.
  updatedAt: '2026-12-07T12:00:00.000Z',
  seoDescription:
    'Nabado does not track its readers: no analytics, no advertising trackers, no cookies. What reaches our servers, and what stays in your browser.',
  body: [
    {
      p: [
        'The short version: Nabado does not track you. We keep nothing about you unless you contact us.',
      ],
    },
    { h2: 'What we do not do' },
    {
      bullets: [
        ['No accounts: you never sign up or log in to read.'],
        [
          'No analytics and no advertising: no tracking scripts, pixels or services from other companies. We count how often each article is read, and nothing about who read it (below).',
        ],
        ['No cookies for readers.'],
        [
          'No scripts, fonts or widgets from other companies. Share links are ordinary links, and a video or post from YouTube, X or another service is shown as a link: nothing is loaded from that service unless you open it.',
        ],
      ],
    },
    { h2: 'What reaches our servers' },
    {
      p: [
        'Like every website, each request your browser makes carries your device’s internet (IP) address and the name of your browser to the server that answers it. Nabado’s own code does not record them or build any profile of you. Our hosting provider may keep short technical logs to keep the site running and safe.',
      ],
    },
    {
      p: [
        'Pictures may come from the image service of Sanity (cdn.sanity.io), where our editors keep them. It receives each request for a picture in the same way.',
      ],
    },
    {
      p: [
        'When you search, your words travel in the address of the results page so that the server can answer. We do not store them.',
      ],
    },
    { h2: 'What we count: reads of each article' },
    {
      p: [
        'So that our editors know what is read, the site counts reads. When an article has been on your screen for 15 seconds, or you have scrolled past its middle, your browser sends our server one message holding the article’s address and nothing else. The server adds one to that article’s count for the day (Nairobi time). That count is all we keep: one number per article and day, never your internet address, your browser’s name, a cookie, an identifier, the time of day or which other articles you read. The number of reads may be shown publicly (“Most read this week” on the home page).',
      ],
    },
    {
      bullets: [
        [
          'Once per article per browser tab: your browser remembers, in its session storage for this tab only (names beginning nabado:read:), which articles it has already counted, and forgets when the tab is closed. A read made without a connection waits there until you are back online.',
        ],
        [
          'To stop one device from inflating the counts, the server holds each internet address in its memory for one minute to count how many reads it sent; it is never written down.',
        ],
        [
          'Not counted: readers with JavaScript switched off, search engines and other robots, our editors’ previews, pages your browser loaded ahead without showing them, and articles in a tab you are not looking at.',
        ],
      ],
    },
    { h2: 'What stays in your browser' },
    {
      p: [
        'So that you can read without a connection, your browser keeps copies of the last 30 articles you opened (at most 10 MB, with their pictures as you saw them) and a page listing them. They stay on your device: we are not told which articles you keep, and they go away when you clear this site’s data.',
      ],
    },
    {
      p: [
        'If you press the “Dark theme” or “Light theme” button, your browser remembers your choice in its local storage, under the name nabado-theme, so the next page opens in the same colours. It stays on your device, is never sent to us, and goes away when you clear this site’s data. Apart from the reads counted above, nothing else is stored.',
      ],
    },
    { h2: 'If you contact us' },
    {
      p: [
        'If you write to us, we keep your message, and the address or number you wrote from, only to answer you. We do not sell or share it.',
      ],
    },
    { h2: 'If you support us' },
    {
      p: [
        'Support goes through M-Pesa or the money transfer service you choose, under that service’s own privacy terms. We receive what it tells anyone who is paid, such as the sender’s name and the amount, and use it only to keep our accounts. ',
        link('Ways to support Nabado', '/support'),
        '.',
      ],
    },
    {
      p: [
        'If you use “Give with M-Pesa” on the support page, your phone number goes from the form to Safaricom, which sends the payment prompt to your phone; it is never written to our database or our logs. For each gift we keep the amount, the M-Pesa receipt, whether it went through, the times, and the last three digits of the number (so that a gift can be found if you ask about it). To stop anyone sending prompts to a number again and again, we also keep a scrambled form of the number and of your internet address (a keyed hash, which cannot be turned back into either) for one day, then erase it. The page that tells you how your gift went has a random address, shows no phone number, and is not kept by your browser or any cache.',
      ],
    },
    { h2: 'Our editors' },
    {
      p: [
        'The only cookies this site sets are for its editors: opening a draft’s preview from the editing studio sets them in that editor’s own browser. Readers never get them.',
      ],
    },
    { h2: 'Changes' },
    {
      p: [
        'If what we keep ever changes, this page will say so first, and the date below will change with it.',
      ],
    },
  ],
}

export const SOURCE_PAGES: SourcePage[] = [ABOUT_PAGE, PRIVACY_PAGE]

/** The footer's links, in order: a page by slug, with a label when its title is too long. */
export const FOOTER_LINKS: Array<{ page: string; label?: string }> = [
  { page: 'about', label: 'About' },
  { page: 'privacy' },
]
