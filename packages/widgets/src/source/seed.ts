import type { Validators } from './fetch.js';
import { parseBody } from './parse.js';
import { Payload } from './payload.js';
import type { DataProblem } from './problems.js';
import type { SourceSnapshot } from './snapshot.js';

/**
 * What a server read for a source when it rendered the page (@cst/ssr), written into the page so
 * that the browser starts from the same data: the elements' first render then matches the server's
 * and hydrates it, without a request or a render in between. The same function turns it into a
 * snapshot on the server and in the browser, so both show the same thing.
 */
export interface Seed {
  /** The document or dataset read, as parsed JSON. */
  data?: unknown;
  /** Why it could not be read, as a browser would have met it (a missing file is a 404). */
  problem?: Pick<DataProblem, 'code' | 'params' | 'status' | 'errors'>;
  /** When the server read it (ms since the epoch): the time the data is from, should it go stale. */
  receivedAt: number;
  /** Validators the page's next request sends, so an unchanged document is a 304. */
  etag?: string;
  lastModified?: string;
}

/** The media type of the `<script>` that carries a seed, named by `data-src` (the URL as written in the page). */
export const SEED_TYPE = 'application/cst-seed+json';

/** A seed from a JSON body the server read, parsed as a fetched body would be (a CSV file is read in the browser). */
export function seedFromBody(
  text: string,
  { url, ...validators }: Omit<Seed, 'data' | 'problem'> & { url?: string },
): Seed {
  const parsed = parseBody(text, url);
  if (parsed.ok) return { ...validators, data: parsed.raw };
  const { code, params } = parsed.problem;
  // Validators name a version the browser holds: a body that could not be read gives none.
  return { receivedAt: validators.receivedAt, problem: { code, params } };
}

/** What a source holds once seeded: the snapshot its first fetch would have given. */
export function seedSnapshot(seed: Seed, url?: string): SourceSnapshot {
  if (seed.problem) return { problem: { ...seed.problem, url } };
  const payload = new Payload(seed.data);
  if (payload.problem) return { problem: { ...payload.problem, url } };
  return { payload, receivedAt: seed.receivedAt };
}

/** A source's start from a seed: its snapshot, and the validators of the version it holds. */
export interface Seeded {
  snapshot: SourceSnapshot;
  validators: Validators;
}

/** The page's seed for a URL (resolved against `base`, as the elements resolve theirs), if it has one. */
export function findSeed(href: string, base: string): Seeded | undefined {
  for (const script of document.querySelectorAll(`script[type="${SEED_TYPE}"][data-src]`)) {
    const src = script.getAttribute('data-src')!;
    if (!URL.canParse(src, base) || new URL(src, base).href !== href) continue;
    let seed: Seed;
    try {
      seed = JSON.parse(script.textContent ?? '') as Seed;
    } catch {
      return undefined; // a damaged seed is no seed: the source fetches as usual
    }
    const snapshot = seedSnapshot(seed, href);
    // The validators name the version seeded, so only a seed with data has them.
    return {
      snapshot,
      validators: snapshot.payload ? { etag: seed.etag, lastModified: seed.lastModified } : {},
    };
  }
  return undefined;
}
