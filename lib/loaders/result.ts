import type { Metadata } from 'next'

/**
 * What a reader page's loader found: the page (its view's props and its metadata), or that
 * the address is not a page, or where it moved. The Pages Router (pages/, for readers) and
 * the App Router (app/preview/, for editors) turn this into their own answers, so both
 * routers show the same content from the same reads.
 */
export type Loaded<Props> =
  | { kind: 'page'; props: Props; metadata: Metadata }
  | { kind: 'not-found' }
  | { kind: 'redirect'; to: string }

export const page = <Props>(props: Props, metadata: Metadata): Loaded<Props> => ({
  kind: 'page',
  props,
  metadata,
})

export const notFound = { kind: 'not-found' } as const

export const redirect = (to: string) => ({ kind: 'redirect', to }) as const
