import type { DataProblem } from '../core/errors.js';
import type { Payload } from '../core/payload.js';
import { fetchPayload } from './fetch-payload.js';

/** What a source knows now: the last good payload (if any) and the last failure (if the latest attempt failed). */
export interface SourceSnapshot {
  status: 'loading' | 'ready' | 'error';
  payload?: Payload;
  problem?: DataProblem;
  /** When the payload was received (ms since the epoch). */
  receivedAt?: number;
}

export type SourceListener = (snapshot: SourceSnapshot) => void;

/** One URL, loaded once however many elements show it. */
class SharedSource {
  private readonly listeners = new Set<SourceListener>();
  private snapshot: SourceSnapshot = { status: 'loading' };
  private controller?: AbortController;

  constructor(
    readonly url: string,
    private readonly onIdle: () => void,
  ) {}

  subscribe(listener: SourceListener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1 && !this.controller) this.load();
    else if (this.snapshot.status !== 'loading') listener(this.snapshot);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  private async load(): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    const result = await fetchPayload(this.url, controller.signal);
    if (controller.signal.aborted) return;
    this.snapshot = result.ok
      ? { status: 'ready', payload: result.payload, receivedAt: Date.now() }
      : { ...this.snapshot, status: this.snapshot.payload ? 'ready' : 'error', problem: result.problem };
    for (const listener of [...this.listeners]) listener(this.snapshot);
  }

  private stop(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.onIdle();
  }
}

const sources = new Map<string, SharedSource>();

/** Subscribes to a URL's data; returns the function that unsubscribes. */
export function subscribeToSource(url: string, listener: SourceListener, base = document.baseURI): () => void {
  const absolute = new URL(url, base).href;
  let source = sources.get(absolute);
  if (!source) {
    source = new SharedSource(absolute, () => sources.delete(absolute));
    sources.set(absolute, source);
  }
  return source.subscribe(listener);
}

/** How many URLs are being watched right now (for leak tests). */
export function activeSourceCount(): number {
  return sources.size;
}
