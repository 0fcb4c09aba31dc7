// The throwaway Redis the scale-out benchmark and the shared-cache specs run: Debian's
// redis-server (apt-get install redis-server), in the foreground under the process that
// starts it.

/**
 * redis-server's arguments for a Redis on loopback at `port` that keeps nothing on disk: no
 * snapshots, no append-only file, so a restart starts empty and a run leaves no files behind.
 */
export function throwawayRedisArgs(port: number): string[] {
  return ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
}
