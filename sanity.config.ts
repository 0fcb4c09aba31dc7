'use client'
// Sanity Studio, embedded at /studio. 'use client': Turbopack bundles this for the browser.
// It lives at the project root because the Sanity CLI (schema extract, typegen) looks here.
import { codeInput } from '@sanity/code-input'
import { table } from '@sanity/table'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { studioApiHost, studioConfig } from './lib/env/public.ts'
import { resolve } from './sanity/presentation.ts'
import { mostReadTool } from './sanity/reads/most-read-tool.tsx'
import { ReadStatsBadge } from './sanity/reads/read-stats-badge.ts'
import { ScheduledBadge } from './sanity/scheduled-badge.ts'
import { projectSchemaTypes } from './sanity/schemaTypes/index.ts'
import { structure } from './sanity/structure.ts'

/** What an editor may do with the one settings document: no duplicate, no delete. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'nabado',
  title: 'Nabado',
  basePath: '/studio',
  // Without a project (the bundled-dataset mode) the /studio page explains what to set and
  // never renders the Studio, so this placeholder never reaches Sanity.
  projectId: studioConfig?.projectId ?? 'unconfigured',
  dataset: studioConfig?.dataset ?? 'production',
  ...(studioApiHost ? { apiHost: studioApiHost } : {}),
  schema: {
    // The body's tables and code blocks come with their plugins (below).
    types: projectSchemaTypes,
    templates: (templates) => templates.filter(({ schemaType }) => schemaType !== 'siteSettings'),
  },
  document: {
    actions: (actions, { schemaType }) =>
      schemaType === 'siteSettings'
        ? actions.filter(({ action }) => action && SINGLETON_ACTIONS.has(action))
        : actions,
    // A post whose publish date is still to come: "Scheduled · 12 Dec 2026, 07:00 EAT"; a
    // published post's reads (#26): "Read 1,234 times in the last 7 days · 5,678 in all".
    badges: (badges, { schemaType }) =>
      schemaType === 'post' ? [...badges, ScheduledBadge, ReadStatsBadge] : badges,
    newDocumentOptions: (options) =>
      options.filter(({ templateId }) => templateId !== 'siteSettings'),
  },
  // "Most read" (#26): the posts most read in the last 7 and 30 days, with their reads.
  tools: (tools) => [...tools, mostReadTool],
  plugins: [
    structureTool({ structure }),
    presentationTool({
      resolve,
      previewUrl: { previewMode: { enable: '/api/draft-mode/enable' } },
    }),
    visionTool({ defaultApiVersion: studioConfig?.apiVersion }),
    // Sanity's own table and code inputs, for the body's tables and code blocks.
    table(),
    codeInput(),
  ],
})
