import type { ReportDocument } from '@cst/schema';

/** A document version on the test server (see server-routes.mjs): which validators it answers with. */
export async function putDoc(
  key: string,
  doc: unknown,
  validators: 'etag' | 'last-modified' | 'both' = 'both',
): Promise<void> {
  await fetch(`/__test/doc/${key}?validators=${validators}`, { method: 'PUT', body: JSON.stringify(doc) });
}

/** A file's text as a document version on the test server, served as `type` (a CSV file, say). */
export async function putFile(
  key: string,
  text: string,
  type: string,
  validators: 'etag' | 'last-modified' | 'both' = 'both',
): Promise<void> {
  const query = new URLSearchParams({ validators, type });
  await fetch(`/__test/doc/${key}?${query}`, { method: 'PUT', body: text });
}

/** One Server-Sent Events frame as the test server writes it. */
export interface Frame {
  id?: string;
  event?: string;
  data: string;
}

/** A whole document as a stream message. */
export const whole = (doc: ReportDocument, id?: string): Frame => ({ id, data: JSON.stringify(doc) });

/** The frames each new client of stream `key` gets at once; the next `fail` connections are refused (503). */
export async function putStream(key: string, frames: Frame[], fail = 0): Promise<void> {
  await fetch(`/__test/sse/${key}?fail=${fail}`, { method: 'PUT', body: JSON.stringify(frames) });
}

/** Sends frames to the clients of stream `key` connected now; `end` closes them after. */
export async function push(key: string, frames: Frame[], end = false): Promise<void> {
  await fetch(`/__test/sse/${key}${end ? '?end=1' : ''}`, { method: 'POST', body: JSON.stringify(frames) });
}

/** What the test server saw for `key`: document requests, and each stream connection's lastEventId. */
export async function seen(key: string): Promise<{
  data: { ifNoneMatch: string; ifModifiedSince: string; status: number }[];
  stream: { lastEventId: string }[];
}> {
  return (await fetch(`/__test/seen/${key}`)).json();
}

let counter = 0;
/** A fresh key per test, so that what the server saw never mixes. */
export const unique = (prefix: string): string =>
  `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;
