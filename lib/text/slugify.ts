/**
 * Makes a URL slug the way WordPress does for Nabado's titles: lower case, accents and
 * apostrophes dropped ("Today’s" -> "todays"), every other run of non-alphanumerics a hyphen.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
