import { JsonLd } from '@/components/json-ld'
import { PostArchive } from '@/components/post-archive'
import type { ArchiveProps } from '@/lib/page-data/archive'

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
