import { defineCliConfig } from 'sanity/cli'

// The Sanity CLI (schema extract, typegen, dataset import) reads this. Project id and
// dataset matter only for commands that talk to Sanity; typegen works offline.
export default defineCliConfig({
  api: {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'unconfigured',
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
  },
  typegen: {
    path: ['./sanity/queries.ts'],
    schema: './sanity/schema.json',
    generates: './sanity/types.ts',
  },
})
