import type { DataProblem } from '../core/errors.js';
import { Payload } from '../core/payload.js';

export type FetchResult = { ok: true; payload: Payload } | { ok: false; problem: DataProblem };

/** What the server said identifies the version we hold, sent back on the next request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type ConditionalResult =
  | { ok: true; payload: Payload; validators: Validators; notModified?: false }
  | { ok: true; notModified: true }
  | { ok: false; problem: DataProblem };

/** Parses response text as JSON; a syntax error becomes an `invalid-json` problem with its position. */
export function parsePayload(text: string, url?: string): FetchResult {
  try {
    return { ok: true, payload: new Payload(JSON.parse(text)) };
  } catch (cause) {
    return {
      ok: false,
      problem: { code: 'invalid-json', url, cause, params: { detail: (cause as Error).message } },
    };
  }
}

/**
 * One conditional GET: sends If-None-Match / If-Modified-Since when validators are known, and
 * reports a 304 as `notModified`. Never throws: every failure is a problem.
 */
export async function fetchConditional(
  url: string,
  signal: AbortSignal,
  validators: Validators = {},
  timeoutMs = 15_000,
): Promise<ConditionalResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  const headers: Record<string, string> = { Accept: 'application/json' };
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
    const parsed = parsePayload(await response.text(), url);
    if (!parsed.ok) return parsed;
    const next: Validators = {};
    const etag = response.headers.get('ETag');
    const lastModified = response.headers.get('Last-Modified');
    if (etag) next.etag = etag;
    if (lastModified) next.lastModified = lastModified;
    return { ok: true, payload: parsed.payload, validators: next };
  } catch (cause) {
    const code = timeout.aborted && !signal.aborted ? 'timeout' : 'network';
    return { ok: false, problem: { code, url, cause } };
  }
}

/** One GET of a report document or bare dataset. Never throws: every failure is a problem. */
export async function fetchPayload(
  url: string,
  signal: AbortSignal,
  timeoutMs = 15_000,
): Promise<FetchResult> {
  const result = await fetchConditional(url, signal, {}, timeoutMs);
  return result.ok ? { ok: true, payload: (result as { payload: Payload }).payload } : result;
}
