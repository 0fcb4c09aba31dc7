import { defineCliConfig } from 'sanity/cli'
import { sanityCliProject } from './lib/env/build.ts'

// The Sanity CLI (schema extract, typegen, dataset import) reads this. Project id and
// dataset matter only for commands that talk to Sanity; typegen works offline.
export default defineCliConfig({
  api: sanityCliProject,
  typegen: {
    path: ['./sanity/queries.ts'],
    schema: './sanity/schema.json',
    generates: './sanity/types.ts',
  },
})
