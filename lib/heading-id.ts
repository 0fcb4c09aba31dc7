import { slugify } from './slugify.ts'

/** A stable anchor for a heading, made from its text ("1. The Intimacy-Fear Paradox"). */
export function headingId(text: string): string {
  return slugify(text) || 'section'
}
