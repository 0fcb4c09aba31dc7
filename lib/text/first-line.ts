/**
 * An error's message for a log line: its first line only (a driver's message can carry a
 * query or a stack below it), cut to `max` characters when given. Never the stack itself.
 */
export function firstLineOf(error: unknown, max = Infinity): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!.slice(0, max)
}
