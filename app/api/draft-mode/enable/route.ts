import { enableDraftMode } from '@/lib/content'

export const GET = enableDraftMode
