// `sizes` for each place images appear (100vw rather than calc(100vw - 2rem) on phones: the
// same file is picked, and Next.js then leaves the thumbnail widths out of the srcset), from the layout (components/site-shell.tsx: main is
// max-w-5xl with 1rem padding; the article column is 65ch). The browser picks the smallest
// file that fills the box at the screen's pixel density.

/** The article's cover and inline images: the full column on phones, about 37rem (65ch) wide. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 640px) 38rem, 100vw'

/** The home page's newest article: half of main beside its text from 640px, full width below. */
export const FEATURED_IMAGE_SIZES = '(min-width: 1024px) 30rem, (min-width: 640px) 50vw, 100vw'

/**
 * List cards' square thumbnails (w-20, sm:w-24) have a fixed width: a 1x and a 2x file
 * (96 and 192 px, in next.config.ts imageSizes) rather than a long srcset.
 */
export const THUMBNAIL_WIDTH = 96

/** Covers are cut to 3:2 around the editor's hotspot, on the article and the home page. */
export const ARTICLE_COVER_ASPECT = 3 / 2

/** List cards show a square of the cover. */
export const THUMBNAIL_ASPECT = 1
