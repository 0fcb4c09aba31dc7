import type { PortableTextTypeComponentProps } from '@portabletext/react'
import { blockElementId, tableContent } from '@/lib/article/body-blocks.ts'

type Value = { _key?: string; caption?: unknown; headerRow?: unknown; table?: unknown }

/**
 * A table in an article body. It scrolls sideways inside its own box on a narrow screen (the
 * page never does), so the box is a named region readers can reach and scroll with the
 * keyboard (axe's scrollable-region-focusable); the caption names it, and the first row's
 * cells are column headings when the editor marked it as a header row.
 */
export function DataTable({ value, index, isInline }: PortableTextTypeComponentProps<Value>) {
  const content = isInline ? null : tableContent(value)
  if (!content) return null
  const captionId = blockElementId('table', value._key, index)
  return (
    <div
      className="body-table"
      role="region"
      tabIndex={0}
      {...(content.caption ? { 'aria-labelledby': captionId } : { 'aria-label': 'Table' })}
    >
      <table>
        {content.caption ? <caption id={captionId}>{content.caption}</caption> : null}
        {content.head ? (
          <thead>
            <tr>
              {content.head.map((cell, column) => (
                <th key={column} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        {content.body.length > 0 ? (
          <tbody>
            {content.body.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        ) : null}
      </table>
    </div>
  )
}
