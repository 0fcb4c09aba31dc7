import { ThLargeIcon } from '@sanity/icons/ThLarge'
import { defineArrayMember, defineField } from 'sanity'

export const TABLE_CAPTION_REQUIRED =
  'Give the table a caption: a short line saying what it shows. Screen readers announce it.'
export const TABLE_ROWS_REQUIRED = 'Create the table and add at least one row.'

type Row = { cells?: unknown }

const cellCount = (row: Row) => (Array.isArray(row.cells) ? row.cells.length : 0)
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * Rows whose number of cells differs from the first row's, in plain words, or null. Readers'
 * tables need one cell per column in every row.
 */
export function unevenRowsProblem(rows: Row[]): string | null {
  const expected = rows[0] ? cellCount(rows[0]) : 0
  const uneven = rows
    .map((row, index) => ({ number: index + 1, cells: cellCount(row) }))
    .filter((row) => row.cells !== expected)
  if (uneven.length === 0) return null
  const which = uneven.map((row) => `row ${row.number} has ${plural(row.cells, 'cell')}`).join(', ')
  return `Every row should have ${plural(expected, 'cell')}, like the first row, but ${which}. Add or remove cells so the columns line up.`
}

/**
 * A table (`{_type: 'dataTable', caption, headerRow, table: {rows: [{cells: string[]}]}}`):
 * @sanity/table's `table` type and input (its plugin is registered in sanity.config.ts),
 * with the caption and header-row switch readers and screen readers need.
 */
export const dataTableMember = defineArrayMember({
  name: 'dataTable',
  title: 'Table',
  type: 'object',
  icon: ThLargeIcon,
  fields: [
    defineField({
      name: 'caption',
      title: 'Caption',
      description: 'What the table shows, in a short line (readers see it above the table).',
      type: 'string',
      validation: (rule) =>
        rule
          .custom((caption) =>
            typeof caption === 'string' && caption.trim() !== '' ? true : TABLE_CAPTION_REQUIRED,
          )
          .error(),
    }),
    defineField({
      name: 'headerRow',
      title: 'The first row holds the column headings',
      type: 'boolean',
      initialValue: true,
    }),
    defineField({
      name: 'table',
      title: 'Rows and cells',
      type: 'table',
      validation: (rule) => [
        rule
          .custom((table: { rows?: Row[] } | undefined) =>
            table?.rows?.some((row) => cellCount(row) > 0) ? true : TABLE_ROWS_REQUIRED,
          )
          .error(),
        rule
          .custom(
            (table: { rows?: Row[] } | undefined) => unevenRowsProblem(table?.rows ?? []) ?? true,
          )
          .warning(),
      ],
    }),
  ],
  preview: {
    select: { caption: 'caption', rows: 'table.rows' },
    prepare({ caption, rows }: { caption?: string; rows?: Row[] }) {
      const list = Array.isArray(rows) ? rows : []
      const columns = Math.max(0, ...list.map(cellCount))
      return {
        title: caption || 'Table without a caption',
        subtitle: `${plural(list.length, 'row')} × ${plural(columns, 'column')}`,
      }
    },
  },
})
