/**
 * The providers whose posts an article may embed (docs/architecture.md, "Rich content"). An
 * embed is stored as the post's address; readers get a light card linking to it and the page
 * loads nothing from the provider, so the reader CSP stays as it is. One list serves the
 * Studio's validation, the reader and feed renderers and the WordPress importer.
 */

export type EmbedProvider = {
  /** Stable id, used in class names and tests. */
  id: 'youtube' | 'x' | 'facebook' | 'instagram' | 'tiktok' | 'spotify' | 'vimeo'
  /** What readers see: "YouTube", "X (Twitter)". */
  name: string
  /** The verb on the card's link: "Watch on YouTube". */
  action: string
  /** Host names (without www.) the provider's posts live on. */
  hosts: readonly string[]
  /** Shapes of a post's address (not a profile or a home page): host (no www.) + path. */
  posts: readonly RegExp[]
}

export const EMBED_PROVIDERS: readonly EmbedProvider[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    action: 'Watch on YouTube',
    hosts: ['youtube.com', 'm.youtube.com', 'youtu.be', 'youtube-nocookie.com'],
    posts: [
      /^(?:m\.)?youtube\.com\/watch$/,
      /^(?:m\.)?youtube(?:-nocookie)?\.com\/(?:shorts|embed|live)\/[\w-]+\/?$/,
      /^youtu\.be\/[\w-]{6,}\/?$/,
    ],
  },
  {
    id: 'x',
    name: 'X (Twitter)',
    action: 'View on X',
    hosts: ['x.com', 'twitter.com', 'mobile.twitter.com'],
    posts: [/^[\w.]+\/\w{1,15}\/status\/\d+\/?$/],
  },
  {
    id: 'facebook',
    name: 'Facebook',
    action: 'View on Facebook',
    hosts: ['facebook.com', 'm.facebook.com', 'fb.watch'],
    posts: [
      /^(?:m\.)?facebook\.com\/[^/]+\/(?:posts|videos)\/[\w.-]+\/?$/,
      /^(?:m\.)?facebook\.com\/(?:reel\/\d+|watch)\/?$/,
      /^fb\.watch\/[\w-]+\/?$/,
    ],
  },
  {
    id: 'instagram',
    name: 'Instagram',
    action: 'View on Instagram',
    hosts: ['instagram.com'],
    posts: [/^instagram\.com\/(?:p|reel|tv)\/[\w-]+\/?$/],
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    action: 'Watch on TikTok',
    hosts: ['tiktok.com', 'vm.tiktok.com'],
    posts: [/^tiktok\.com\/@[\w.-]+\/video\/\d+\/?$/, /^vm\.tiktok\.com\/\w{6,}\/?$/],
  },
  {
    id: 'spotify',
    name: 'Spotify',
    action: 'Listen on Spotify',
    hosts: ['open.spotify.com'],
    posts: [
      /^open\.spotify\.com\/(?:intl-[\w-]+\/)?(?:track|album|playlist|episode|show)\/\w+\/?$/,
    ],
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    action: 'Watch on Vimeo',
    hosts: ['vimeo.com', 'player.vimeo.com'],
    posts: [/^(?:player\.)?vimeo\.com\/(?:video\/)?\d+\/?$/],
  },
]

export type RecognisedEmbed = { provider: EmbedProvider; url: string }

/**
 * The provider of a post's address, with the address made https, or null when it is not an
 * address of a post on a supported provider (a profile, a home page, another site).
 */
export function recogniseEmbed(address: unknown): RecognisedEmbed | null {
  if (typeof address !== 'string' || address.length > 2048) return null
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password) return null
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  const provider = EMBED_PROVIDERS.find((candidate) => candidate.hosts.includes(host))
  if (!provider) return null
  if (!provider.posts.some((shape) => shape.test(host + url.pathname))) return null
  if (provider.id === 'youtube' && url.pathname === '/watch' && !url.searchParams.get('v'))
    return null
  url.protocol = 'https:'
  return { provider, url: url.toString() }
}

/** For the Studio: the providers by name, for a validation message. */
export const EMBED_PROVIDER_NAMES = EMBED_PROVIDERS.map((provider) => provider.name).join(', ')
