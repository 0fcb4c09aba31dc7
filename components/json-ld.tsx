import { serializeJsonLd } from '@/lib/seo/json-ld.ts'

/**
 * schema.org structured data for search engines. The JSON is escaped so that text from
 * content ("</script>" in a title, say) cannot end the script early.
 */
export function JsonLd({ data }: { data: object }) {
  return (
    <script
      type="application/ld+json"
      // Safe: serializeJsonLd escapes every "<", so nothing in it can close the element.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
