import { ArticleView } from '@/components/article-view'
import { loadArticle } from '@/lib/page-data/article'
import type { PermalinkParams } from '@/lib/permalink'
import { previewRoute } from '../../../../preview-route'

const route = previewRoute(loadArticle, (params: PermalinkParams) => params, ArticleView)
export const generateMetadata = route.generateMetadata
export default route.Page
