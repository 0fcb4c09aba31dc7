import { JsonLd } from '@/components/json-ld.tsx'
import { PostArchive } from '@/components/post-archive.tsx'
import type { ArchiveProps } from '@/lib/view-props/archive.ts'

/** A page of a category's or an author's articles, with its structured data. */
export function ArchiveView({ jsonLd, ...archive }: ArchiveProps) {
  return (
    <>
      {jsonLd ? <JsonLd data={jsonLd} /> : null}
      <PostArchive
        kicker={archive.kicker}
        title={archive.title}
        description={archive.description}
        archive={archive.archive}
        basePath={archive.basePath}
        emptyMessage={archive.emptyMessage}
      />
    </>
  )
}
