import { codeInput } from '@sanity/code-input'
import { table } from '@sanity/table'
import type { SchemaTypeDefinition } from 'sanity'

/**
 * The types the body borrows from Sanity's plugins: @sanity/table's `table` and `tableRow`,
 * @sanity/code-input's `code`. In the Studio the plugins register them (sanity.config.ts);
 * this list is for Sanity's validator outside the Studio, which has no plugins.
 */
export const pluginSchemaTypes: SchemaTypeDefinition[] = [table(), codeInput()].flatMap(
  (plugin) => {
    const types = plugin.schema?.types
    if (!Array.isArray(types)) throw new Error(`The ${plugin.name} plugin lists no schema types`)
    return types
  },
)
