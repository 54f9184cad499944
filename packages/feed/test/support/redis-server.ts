import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real redis-server on a unix socket of its own (no port to collide with), stopped by its pid. */
export async function startRedis(): Promise<{ socket: string; pid: number; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'cst-feed-redis-'));
  const socket = join(dir, 'redis.sock');
  const server = spawn(
    process.env.REDIS_SERVER ?? '/usr/bin/redis-server',
    ['--port', '0', '--unixsocket', socket, '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  for (let i = 0; i < 200 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 25));
  if (!existsSync(socket)) throw new Error('redis-server did not start');
  return {
    socket,
    pid: server.pid!,
    stop: async () => {
      server.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
