import type { PortableTextComponentProps, ReactPortableTextList } from '@portabletext/react'
import { listStart } from '@/lib/article/body-blocks.ts'

/**
 * A numbered list, starting where the editor's list starts: `listStart` on its first item
 * (WordPress's `<ol start="8">`) becomes `<ol start="8">`.
 */
export function NumberedList({
  value,
  children,
}: PortableTextComponentProps<ReactPortableTextList>) {
  return <ol start={listStart(value) ?? undefined}>{children}</ol>
}
