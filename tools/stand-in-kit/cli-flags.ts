// Command-line flags for the stand-ins' CLIs: every flag is a string option that can also
// come from an environment variable (the flag wins), plus --help, which prints the usage
// and exits. Playwright's `webServer` and CI scripts set either, whichever is handier.

import { parseArgs } from 'node:util'

/** Reads `--<flag> value` or `process.env[<env>]` for each flag, an empty variable as unset. */
export function readFlags<Flag extends string>(
  flags: Readonly<Record<Flag, string>>,
  usage: string,
): Record<Flag, string | undefined> {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(Object.keys(flags).map((flag) => [flag, { type: 'string' as const }])),
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  const out = {} as Record<Flag, string | undefined>
  for (const [flag, env] of Object.entries(flags) as Array<[Flag, string]>) {
    const value = (values as Record<string, string | boolean | undefined>)[flag]
    out[flag] = (typeof value === 'string' ? value : undefined) ?? (process.env[env] || undefined)
  }
  return out
}
