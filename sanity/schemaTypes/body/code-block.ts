import { defineArrayMember, type Rule } from 'sanity'

export const CODE_REQUIRED = 'Write or paste the code, or remove the empty code block.'

/**
 * The languages an editor can pick (values as @sanity/code-input stores them; the reader's
 * names for them are in lib/article/body-blocks.ts). "Plain text" first: the input's default.
 */
export const CODE_LANGUAGES = [
  { title: 'Plain text', value: 'text' },
  { title: 'HTML', value: 'html' },
  { title: 'CSS', value: 'css' },
  { title: 'JavaScript', value: 'javascript' },
  { title: 'TypeScript', value: 'typescript' },
  { title: 'JSON', value: 'json' },
  { title: 'Shell', value: 'sh' },
  { title: 'Python', value: 'python' },
  { title: 'PHP', value: 'php' },
  { title: 'SQL', value: 'sql' },
  { title: 'Markdown', value: 'markdown' },
  { title: 'YAML', value: 'yaml' },
  { title: 'GROQ', value: 'groq' },
]

/**
 * A code block: @sanity/code-input's `code` type (`{_type: 'code', code, language?,
 * filename?}`), registered by its plugin in sanity.config.ts, whose preview it keeps (the
 * filename or language, then the code: Sanity lets an alias override neither the preview
 * nor the fields of an object type). The rule is given for the
 * `code` field (Rule.fields), so the Studio shows it under the code editor. Being a rule of
 * the object, it is an error in the Studio and a warning in Sanity's validator elsewhere
 * (sanity/schema-validation.test.ts says why).
 */
export const codeMember = defineArrayMember({
  type: 'code',
  name: 'code',
  title: 'Code block',
  options: { languageAlternatives: CODE_LANGUAGES, withFilename: true },
  // Stored, not only shown: the input shows "Plain text" for a block with no language.
  initialValue: { language: 'text' },
  // Rule.fields exists on every object rule, but ObjectRule's type leaves it out.
  validation: (rule) =>
    (rule as unknown as Rule).fields({
      code: (field: Rule) =>
        field
          .custom((code: unknown) =>
            typeof code === 'string' && code.trim() !== '' ? true : CODE_REQUIRED,
          )
          .error(),
    }),
})
