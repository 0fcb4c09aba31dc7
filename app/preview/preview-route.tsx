import type { Metadata } from 'next'
import type { ComponentType } from 'react'
import { loadForPreview } from '@/lib/content/preview.ts'
import { pageOrThrow } from '@/lib/loaders/app-router.ts'
import type { Loaded } from '@/lib/loaders/result.ts'

type SearchParams = Record<string, string | string[] | undefined>
export type PreviewRouteProps<Params> = {
  params: Promise<Params>
  searchParams: Promise<SearchParams>
}

/**
 * The App Router side of one reader page, for editors in draft mode: the same loader and the
 * same view as its Pages Router twin in pages/, with drafts visible to the reads (stega
 * included) and Next.js's 404 and 308 answers. `input` picks the loader's input from the
 * route's params and query string.
 */
export function previewRoute<Params, Input, View extends object>(
  load: (input: Input) => Promise<Loaded<View>>,
  input: (params: Params, searchParams: SearchParams) => Input,
  View: ComponentType<View>,
) {
  async function loadPage({ params, searchParams }: PreviewRouteProps<Params>) {
    const loaded = await loadForPreview(async () => load(input(await params, await searchParams)))
    return pageOrThrow(loaded)
  }
  return {
    async generateMetadata(props: PreviewRouteProps<Params>): Promise<Metadata> {
      return (await loadPage(props)).metadata
    },
    async Page(props: PreviewRouteProps<Params>) {
      const { props: view } = await loadPage(props)
      return <View {...view} />
    },
  }
}
