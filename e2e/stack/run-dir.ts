import path from 'node:path'

/** Where the stack tests keep their stand-ins' logs and process ids (git-ignored with .e2e-data). */
export const STACK_RUN_DIR = path.resolve(import.meta.dirname, '../../.e2e-data/stack')
export const STAND_IN_PIDS = `${STACK_RUN_DIR}/stand-ins.json`
