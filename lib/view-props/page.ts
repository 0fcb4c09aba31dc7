import type { EditorPage } from '@/lib/content'

export type PageProps = { page: EditorPage }
