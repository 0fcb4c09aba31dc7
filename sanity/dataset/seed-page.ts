/**
 * Reads the seed page (Nabado's WordPress page copied as plain text, see the seed README):
 * tagline, then the article, then "SUGGESTED READS", then the "Support Our Website!" block.
 */
export type SeedPage = {
  tagline: string
  articleText: string
  suggestedReads: string[]
  supportText: string
}

const SUGGESTED_READS = 'SUGGESTED READS'
const SUPPORT_HEADING = 'Support Our Website!'

export function parseSeedPage(text: string): SeedPage {
  const lines = text.split(/\r?\n/)
  const firstContent = lines.findIndex((line) => line.trim().length > 0)
  const suggestedAt = lines.findIndex((line) => line.trim() === SUGGESTED_READS)
  const supportAt = lines.findIndex((line) => line.trim() === SUPPORT_HEADING)
  if (firstContent < 0 || suggestedAt < 0 || supportAt < suggestedAt) {
    throw new Error('Seed page is not in the expected shape (tagline, article, reads, support).')
  }
  return {
    tagline: lines[firstContent]!.trim(),
    articleText: lines.slice(firstContent + 1, suggestedAt).join('\n'),
    suggestedReads: lines
      .slice(suggestedAt + 1, supportAt)
      .map((line) => line.trim().replace(/^-\s+/, ''))
      .filter((line) => line.length > 0),
    supportText: lines
      .slice(supportAt + 1)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join('\n'),
  }
}

/** The support facts, read from the seed's own words so their spelling cannot drift. */
export function parseSupportFacts(supportText: string) {
  const till = /TILL NUMBER:\s*(\d+)/.exec(supportText)?.[1]
  const phone = /Phone Number:\s*(\+\d+)/.exec(supportText)?.[1]
  const recipient = /Recipient Name:\s*(.+)/.exec(supportText)?.[1]?.trim()
  if (!till || !phone || !recipient) {
    throw new Error('Seed support block lacks the till number, phone number or recipient name.')
  }
  return { tillNumber: till, phoneNumber: phone, recipientName: recipient }
}
