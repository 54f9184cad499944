import type { DataProblem } from '../core/errors.js';
import { Payload } from '../core/payload.js';

export type FetchResult = { ok: true; payload: Payload } | { ok: false; problem: DataProblem };

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

/** One GET of a report document or bare dataset. Never throws: every failure is a problem. */
export async function fetchPayload(url: string, signal: AbortSignal, timeoutMs = 15_000): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  try {
    // No cookies: the data is public and the page's session is none of our business.
    const response = await fetch(url, { signal: combined, credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return { ok: false, problem: { code: 'http', url, status: response.status, params: { status: response.status } } };
    }
    return parsePayload(await response.text(), url);
  } catch (cause) {
    const code = timeout.aborted && !signal.aborted ? 'timeout' : 'network';
    return { ok: false, problem: { code, url, cause } };
  }
}
