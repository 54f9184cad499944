import { DocumentSource } from './document-source.js';
import { findSeed } from './seed.js';
import type { SourceListener } from './snapshot.js';
import { activity, sourceSettings } from './source-settings.js';

export { sourceSettings } from './source-settings.js';

/** How a URL is watched; sources are shared by URL and these options together. */
export interface SourceOptions {
  /** Poll every this many seconds (conditional requests). Unset or 0: load once. */
  refresh?: number;
  /** URL of a Server-Sent Events stream whose messages update the document. */
  stream?: string;
  /** Base for relative URLs (default: the page's base URI). */
  base?: string;
}

const sources = new Map<string, DocumentSource>();

/**
 * Subscribes to a URL's data; returns the function that unsubscribes. With no URL, `options.stream`
 * alone brings the document.
 */
export function subscribeToSource(
  url: string | undefined,
  listener: SourceListener,
  { refresh, stream, base = document.baseURI }: SourceOptions = {},
): () => void {
  // A URL that cannot be parsed (`http://[`) is an error at once, never a wait for nothing; the
  // message does not repeat it (it may be anything), the detail's `url` has it.
  const bad = [url, stream].find((given) => given && !URL.canParse(given, base));
  if (bad) {
    listener({ problem: { code: 'invalid-url', url: bad } });
    return () => {};
  }
  const href = url ? new URL(url, base).href : '';
  const streamUrl = stream ? new URL(stream, base).href : undefined;
  // Polling needs a document URL: a stream alone is not polled.
  const refreshMs =
    href && refresh !== undefined && Number.isFinite(refresh) && refresh > 0
      ? Math.max(refresh * 1000, sourceSettings.minRefreshMs)
      : 0;
  const key = `${href}\n${refreshMs}\n${streamUrl ?? ''}`;
  let source = sources.get(key);
  if (!source) {
    const seed = href ? findSeed(href, base) : undefined;
    source = new DocumentSource(href, refreshMs, streamUrl, () => sources.delete(key), seed);
    sources.set(key, source);
  }
  return source.subscribe(listener);
}

/** How many sources are being watched right now (for leak tests). */
export function activeSourceCount(): number {
  return sources.size;
}

/** What the sources hold open right now: timers, EventSources, requests, listeners (for leak tests). */
export function sourceActivity(): {
  sources: number;
  timers: number;
  streams: number;
  requests: number;
  visibilityListeners: number;
} {
  return { sources: sources.size, ...activity };
}
