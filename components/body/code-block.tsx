import type { PortableTextTypeComponentProps } from '@portabletext/react'
import { codeContent } from '@/lib/article/body-blocks.ts'

type Value = { code?: unknown; language?: unknown; filename?: unknown }

/**
 * A code block: whitespace kept, long lines scroll sideways inside the block (which takes the
 * keyboard focus, so it can be scrolled without a mouse). The language and file name are
 * shown above it; screen readers hear them once, as the block's name.
 */
export function CodeBlock({ value, isInline }: PortableTextTypeComponentProps<Value>) {
  const content = isInline ? null : codeContent(value)
  if (!content) return null
  return (
    <div className="body-code">
      {content.label ? (
        <p className="body-code-label" aria-hidden="true">
          {content.label}
        </p>
      ) : null}
      <pre tabIndex={0} role="group" aria-label={content.label ? `Code: ${content.label}` : 'Code'}>
        <code className={content.languageId ? `language-${content.languageId}` : undefined}>
          {content.code}
        </code>
      </pre>
    </div>
  )
}
