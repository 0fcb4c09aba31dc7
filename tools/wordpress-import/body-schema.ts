import { Schema } from '@sanity/schema'
import { builtinTypes } from '@sanity/schema/_internal'
import type { ArraySchemaType } from '@sanity/types'
import { blockContent } from '../../sanity/schemaTypes/block-content.ts'
import { pluginSchemaTypes } from '../../sanity/schemaTypes/body/plugin-types.ts'

let compiled: ArraySchemaType | undefined

/**
 * The post body type exactly as the Studio knows it (sanity/schemaTypes/block-content.ts),
 * compiled with Sanity's built-in types (images need sanity.imageHotspot and friends) and the
 * plugins' (@sanity/table's table, @sanity/code-input's code), so the HTML converter keeps
 * only the styles, lists and marks the Studio can edit.
 */
export function bodySchemaType(): ArraySchemaType {
  compiled ??= Schema.compile({
    name: 'wordpressImport',
    types: [...builtinTypes, ...pluginSchemaTypes, blockContent],
  }).get('blockContent') as ArraySchemaType
  return compiled
}
