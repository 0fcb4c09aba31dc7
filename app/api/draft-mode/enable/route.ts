import { enableDraftMode } from '@/lib/content/preview.ts'

export const GET = enableDraftMode
