/** One JSON line per figure, so runs can be compared with a diff or a jq one-liner. */
export function emit(
  bench: string,
  figure: string,
  value: number | string | boolean,
  extra: Record<string, unknown> = {},
) {
  console.log(JSON.stringify({ bench, figure, value, ...extra }))
}

/** Progress for the human at the terminal, on stderr so stdout stays JSON lines. */
export function note(message: string) {
  process.stderr.write(`[bench] ${message}\n`)
}
