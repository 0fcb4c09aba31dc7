import { ArticleView } from '@/components/article-view.tsx'
import { loadArticle } from '@/lib/loaders/article.ts'
import type { PermalinkParams } from '@/lib/addresses/permalink.ts'
import { previewRoute } from '../../../../preview-route.tsx'

const route = previewRoute(loadArticle, (params: PermalinkParams) => params, ArticleView)
export const generateMetadata = route.generateMetadata
export default route.Page
