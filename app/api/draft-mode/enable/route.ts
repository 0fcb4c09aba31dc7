import { enableDraftMode } from '@/lib/content/preview'

export const GET = enableDraftMode
