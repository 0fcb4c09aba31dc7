import type { Metadata } from 'next'
import type { Shell } from './shell.ts'

/** What every reader page component (pages/) receives: its view's props, its metadata, the shell. */
export type ReaderPageProps<View> = { view: View; metadata: Metadata; shell: Shell }
