import type { PortableTextTypeComponentProps } from '@portabletext/react'

/** A divider between sections of a body: a thematic break. */
export function Divider({ isInline }: PortableTextTypeComponentProps<unknown>) {
  return isInline ? null : <hr />
}
