/**
 * Text for a generated share image without emoji. next/og draws emoji by downloading each
 * picture from a CDN while rendering; offline (a build machine without internet, a CDN
 * outage) that download fails and takes the whole build down with it, and WordPress titles
 * often carry emoji. The share image shows the words; the page keeps its emoji.
 */
export function shareCardText(text: string): string {
  return text
    .replace(
      /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}]/gu,
      '',
    )
    .replace(/\s{2,}/g, ' ')
    .trim()
}
