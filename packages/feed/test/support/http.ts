import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import { readdirSync } from 'node:fs';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request without fetch's decoding or CORS rules: the bytes and headers as the server sent them. */
export function send(url: string, { method = 'GET', headers = {} as Record<string, string> } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** A TCP connection that sends one GET and then reads nothing: a client that stopped reading. */
export function stalledGet(url: string): Promise<Socket> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
      socket.pause();
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

/** Reads an event stream until `until` is true of what came (or `ms` passed), then aborts. */
export async function readStream(
  url: string,
  headers: Record<string, string>,
  until: (text: string) => boolean,
  ms = Infinity,
) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    if (Number.isFinite(ms)) timer = setTimeout(() => resolve('late'), ms);
  });
  let text = '';
  let done = false;
  let late = false;
  while (!done && !until(text)) {
    const chunk = await Promise.race([reader.read(), deadline]);
    if (chunk === 'late') {
      late = true;
      break;
    }
    done = chunk.done;
    text += chunk.value ?? '';
  }
  clearTimeout(timer);
  controller.abort();
  reader.read().catch(() => {});
  return { response, text, ended: done && !late };
}

/** Open file descriptors of a process (this one by default). */
export function openDescriptors(pid: number | 'self' = 'self'): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** Polls until `check` holds, or throws with `what` after `ms`. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  what: string,
  ms = 15_000,
): Promise<Exclude<T, undefined | null | false | 0 | ''>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as Exclude<T, undefined | null | false | 0 | ''>;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const quiet = { info() {}, warn() {} };

/** A log that keeps its lines, for tests of what the feed says (and never says). */
export function recordingLog() {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  return { lines, log: { info: keep, warn: keep }, text: () => lines.join('\n') };
}
