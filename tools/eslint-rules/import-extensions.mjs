// @ts-check
// One rule for imports of the project's own files (docs/architecture.md, "Imports"): a file
// is imported by its full name, extension included (`./post-card.tsx`, `@/lib/text/slugify.ts`);
// a folder by its name alone (`@/lib/content`, its index.ts being the folder's public face).
// Node runs many of these files directly (scripts, tools, benchmarks, the tests' helpers)
// and Node resolves no missing extension; one spelling everywhere means a file can move
// between the site and a tool without its imports changing. `--fix` adds the extension.
// Type-checked (`// @ts-check`, tsconfig.json `checkJs`) against ESLint's own rule types.

import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js']

/** @param {string} candidate */
function isFile(candidate) {
  return existsSync(candidate) && statSync(candidate).isFile()
}

/** @param {string} candidate */
function isFolderWithIndex(candidate) {
  return (
    existsSync(candidate) &&
    statSync(candidate).isDirectory() &&
    EXTENSIONS.some((extension) => isFile(path.join(candidate, `index${extension}`)))
  )
}

/**
 * The file a specifier names, or null for a package or an address that is not the project's.
 * @param {string} specifier
 * @param {string} importer
 * @param {string} root
 * @returns {string | null}
 */
function targetOf(specifier, importer, root) {
  if (specifier.startsWith('./') || specifier.startsWith('../'))
    return path.resolve(path.dirname(importer), specifier)
  if (specifier.startsWith('@/')) return path.join(root, specifier.slice(2))
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
export const importExtensions = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: "Imports of the project's files name the file's extension." },
    messages: {
      missing:
        "Import '{{specifier}}' by its full name, '{{specifier}}{{extension}}' (Node resolves no missing extension).",
    },
  },
  create(context) {
    const root = context.cwd
    /** @param {import('estree').Expression | import('estree').Literal | null | undefined} source */
    function check(source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const specifier = source.value
      const target = targetOf(specifier, context.filename, root)
      if (!target || isFile(target) || isFolderWithIndex(target)) return
      const extension = EXTENSIONS.find((candidate) => isFile(target + candidate))
      if (!extension) return // not ours to judge: TypeScript reports a missing file
      // ESLint's parsers always give a literal its source text (ESTree leaves it optional).
      const quote = source.raw?.[0] ?? "'"
      context.report({
        node: source,
        messageId: 'missing',
        data: { specifier, extension },
        fix: (fixer) => fixer.replaceText(source, `${quote}${specifier}${extension}${quote}`),
      })
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    }
  },
}

/**
 * The project's own ESLint plugin, registered as `nabado` in eslint.config.mjs.
 * @type {import('eslint').ESLint.Plugin}
 */
const plugin = { rules: { 'import-extensions': importExtensions } }
export default plugin
