import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/cst-feed.js', import.meta.url));

export interface ChildFeed {
  url: string;
  pid: number;
  output: () => string;
  exited: () => boolean;
  stop: () => Promise<void>;
}

/**
 * The feed as a process of its own (bin/cst-feed.js), for what a test process cannot do to
 * itself: a low descriptor limit, another user, two instances over Redis.
 */
export function startChildFeed(
  args: string[],
  { nofile, uid }: { nofile?: number; uid?: number } = {},
): Promise<ChildFeed> {
  const command = nofile
    ? spawn('sh', ['-c', `ulimit -n ${nofile} && exec "$0" "$@"`, process.execPath, bin, ...args], {
        uid,
        gid: uid,
      })
    : spawn(process.execPath, [bin, ...args], { uid, gid: uid });
  let output = '';
  let exited = false;
  command.stdout.on('data', (chunk) => (output += chunk));
  command.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<void>((resolve) => command.on('exit', () => ((exited = true), resolve())));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the feed did not start:\n${output}`)), 15_000);
    command.stdout.on('data', () => {
      const url = output.match(/serving on (http:\/\/[\d.:]+)\//)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        pid: command.pid!,
        output: () => output,
        exited: () => exited,
        stop: async () => {
          if (!exited) command.kill('SIGTERM');
          await done;
        },
      });
    });
    command.on('exit', () => reject(new Error(`the feed exited:\n${output}`)));
  });
}
