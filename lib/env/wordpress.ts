/**
 * The map of old WordPress addresses the importer wrote (npm run import:wordpress). Unset:
 * sanity/dataset/wordpress-redirects.json, if there is one. Read by proxy.ts at run time.
 */
export const wordpressRedirectsFile =
  process.env.NABADO_WORDPRESS_REDIRECTS_FILE?.trim() || undefined
