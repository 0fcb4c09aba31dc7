import * as gifts from './0001-gifts.ts'
import * as search from './0002-search.ts'
import * as searchHead from './0003-search-head.ts'
import * as reads from './0004-reads.ts'
import * as searchTitles from './0005-search-titles.ts'

export type Migration = { name: string; sql: string }

/**
 * Every migration, in the order they apply. Each is plain SQL that PostgreSQL and PGlite both
 * run. They are TypeScript modules holding SQL text rather than .sql files so that the server
 * bundle carries them: nothing reads them from disk at run time, so the standalone output
 * (the container image) needs no file-tracing rule and Node runs the report script as is.
 */
export const MIGRATIONS: readonly Migration[] = [gifts, search, searchHead, reads, searchTitles]
