import '@/lib/server-only.ts'
import { isIP } from 'node:net'

/**
 * Giving by M-Pesa (Daraja's "Lipa na M-Pesa Online", STK push). All of it is optional:
 * with none of the required variables set there is no form on /support and the page is
 * exactly the static one. Half set is a deployment mistake: the server refuses to start and
 * names the first missing variable, rather than showing a form that cannot work.
 */
export type MpesaConfig = {
  /** Daraja's base address, no trailing slash (production, the sandbox, or the stand-in). */
  apiUrl: string
  consumerKey: string
  consumerSecret: string
  /** The Lipa na M-Pesa Online passkey Safaricom issues for the store number. */
  passkey: string
  /** The store number (head office) the till belongs to: Daraja's BusinessShortCode. */
  shortcode: string
  /** The till the money goes to: Daraja's PartyB. Never an editable setting. */
  till: string
  /** Where Daraja posts results: the site's public origin (or a path under it), no trailing slash. */
  callbackBase: string
  /** Source addresses and CIDR ranges callbacks may come from; empty = any. */
  callbackAllow: readonly string[]
}

export const DEFAULT_MPESA_API_URL = 'https://api.safaricom.co.ke'
export const MPESA_SANDBOX_API_URL = 'https://sandbox.safaricom.co.ke'

export type MpesaEnv = Partial<
  Record<
    | 'MPESA_API_URL'
    | 'MPESA_CONSUMER_KEY'
    | 'MPESA_CONSUMER_SECRET'
    | 'MPESA_PASSKEY'
    | 'MPESA_SHORTCODE'
    | 'MPESA_TILL'
    | 'MPESA_CALLBACK_URL'
    | 'MPESA_CALLBACK_ALLOW',
    string | undefined
  >
>

// In the order a reader of .env.example meets them, so "the first missing" is predictable.
const REQUIRED = [
  'MPESA_CONSUMER_KEY',
  'MPESA_CONSUMER_SECRET',
  'MPESA_PASSKEY',
  'MPESA_SHORTCODE',
  'MPESA_TILL',
  'MPESA_CALLBACK_URL',
] as const
const OPTIONAL = ['MPESA_API_URL', 'MPESA_CALLBACK_ALLOW'] as const

// Store numbers and tills are 5 to 7 digits today (the sandbox's is 174379); 8 leaves room.
const SHORT_CODE = /^\d{5,8}$/
// Loopback callbacks over plain http are for the tests' stand-in, which posts on this machine.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

const blankToUndefined = (value: string | undefined) => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function apiUrlOf(value: string | undefined): string {
  if (value === undefined) return DEFAULT_MPESA_API_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`MPESA_API_URL must be a URL such as ${DEFAULT_MPESA_API_URL}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('MPESA_API_URL must start with https:// (or http:// for a local stand-in)')
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error('MPESA_API_URL must be a plain address, without credentials, ? or #')
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function callbackBaseOf(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error('MPESA_CALLBACK_URL must be a URL such as https://nabado.co.ke')
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname)
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
    throw new Error(
      'MPESA_CALLBACK_URL must start with https:// (Daraja calls only https; http is allowed for 127.0.0.1 and localhost, which the tests use)',
    )
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error('MPESA_CALLBACK_URL must be a plain address, without credentials, ? or #')
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** One address (`196.201.214.200`, `2001:db8::1`) or range (`196.201.212.0/24`). */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/')
  if (extra !== undefined) return false
  const family = isIP(address)
  if (family === 0) return false
  if (prefix === undefined) return true
  if (!/^\d{1,3}$/.test(prefix)) return false
  return Number(prefix) <= (family === 4 ? 32 : 128)
}

function callbackAllowOf(value: string | undefined): readonly string[] {
  if (value === undefined) return []
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const bad = entries.find((entry) => !isAddressOrRange(entry))
  if (bad !== undefined) {
    throw new Error(
      `MPESA_CALLBACK_ALLOW must list IP addresses or CIDR ranges separated by commas; "${bad}" is neither`,
    )
  }
  return entries
}

/**
 * Reads the M-Pesa configuration from an environment. Returns undefined when none of the
 * required variables is set (giving by phone is off); throws, naming the variable, when
 * some are set and others missing, or a value is malformed. Messages never repeat a secret.
 */
export function resolveMpesaConfig(env: MpesaEnv): MpesaConfig | undefined {
  const value = (name: (typeof REQUIRED)[number] | (typeof OPTIONAL)[number]) =>
    blankToUndefined(env[name])
  const present = REQUIRED.filter((name) => value(name) !== undefined)
  if (present.length === 0) {
    const stray = OPTIONAL.find((name) => value(name) !== undefined)
    if (stray) {
      throw new Error(
        `${stray} is set but the M-Pesa credentials are not: set ${REQUIRED.join(', ')} to take gifts by M-Pesa, or unset ${stray}.`,
      )
    }
    return undefined
  }
  const missing = REQUIRED.find((name) => value(name) === undefined)
  if (missing) {
    throw new Error(
      `${missing} is missing: ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set. Set every M-Pesa variable (.env.example), or none to turn giving by phone off.`,
    )
  }
  const required = (name: (typeof REQUIRED)[number]) => value(name) as string
  for (const name of ['MPESA_CONSUMER_KEY', 'MPESA_CONSUMER_SECRET', 'MPESA_PASSKEY'] as const) {
    if (/\s/.test(required(name))) throw new Error(`${name} must not contain spaces`)
  }
  for (const name of ['MPESA_SHORTCODE', 'MPESA_TILL'] as const) {
    if (!SHORT_CODE.test(required(name))) {
      throw new Error(`${name} must be the number Safaricom gave, 5 to 8 digits`)
    }
  }
  return {
    apiUrl: apiUrlOf(value('MPESA_API_URL')),
    consumerKey: required('MPESA_CONSUMER_KEY'),
    consumerSecret: required('MPESA_CONSUMER_SECRET'),
    passkey: required('MPESA_PASSKEY'),
    shortcode: required('MPESA_SHORTCODE'),
    till: required('MPESA_TILL'),
    callbackBase: callbackBaseOf(required('MPESA_CALLBACK_URL')),
    callbackAllow: callbackAllowOf(value('MPESA_CALLBACK_ALLOW')),
  }
}

/** This process's M-Pesa configuration; importing this module at start-up fails fast when half set. */
export const mpesaConfig: MpesaConfig | undefined = resolveMpesaConfig({
  MPESA_API_URL: process.env.MPESA_API_URL,
  MPESA_CONSUMER_KEY: process.env.MPESA_CONSUMER_KEY,
  MPESA_CONSUMER_SECRET: process.env.MPESA_CONSUMER_SECRET,
  MPESA_PASSKEY: process.env.MPESA_PASSKEY,
  MPESA_SHORTCODE: process.env.MPESA_SHORTCODE,
  MPESA_TILL: process.env.MPESA_TILL,
  MPESA_CALLBACK_URL: process.env.MPESA_CALLBACK_URL,
  MPESA_CALLBACK_ALLOW: process.env.MPESA_CALLBACK_ALLOW,
})
