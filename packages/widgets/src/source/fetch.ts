import type { DataProblem } from './problems.js';

/** What the server said identifies the version we hold, sent back on the next request. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type Fetched =
  | { ok: true; notModified?: false; text: string; contentType: string | null; validators: Validators }
  | { ok: true; notModified: true }
  | { ok: false; problem: DataProblem };

/**
 * One conditional GET: sends If-None-Match / If-Modified-Since for the validators the server gave
 * (either, or both), and reports a 304 as `notModified`. Never throws: every failure is a problem.
 */
export async function fetchConditional(
  url: string,
  signal: AbortSignal,
  validators: Validators = {},
  timeoutMs = 15_000,
): Promise<Fetched> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  try {
    // No cookies: the data is public and the page's session is none of our business. With our own
    // validators the HTTP cache is bypassed, so a 304 reaches us instead of a cached 200.
    const response = await fetch(url, {
      signal: combined,
      credentials: 'omit',
      headers,
      cache: validators.etag || validators.lastModified ? 'no-store' : 'default',
    });
    if (response.status === 304) return { ok: true, notModified: true };
    if (!response.ok) {
      return {
        ok: false,
        problem: { code: 'http', url, status: response.status, params: { status: response.status } },
      };
    }
    const got = response.headers;
    const next = { etag: got.get('ETag'), lastModified: got.get('Last-Modified') };
    return { ok: true, text: await response.text(), contentType: got.get('Content-Type'), validators: next };
  } catch (cause) {
    const code = timeout.aborted && !signal.aborted ? 'timeout' : 'network';
    return { ok: false, problem: { code, url, cause } };
  }
}
