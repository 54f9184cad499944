import { LitElement, type PropertyValues, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ReportProvider } from '../core/report-provider.js';
import { Payload } from '../core/payload.js';
import { type SourceListener, type SourceSnapshot, subscribeToSource } from '../source/shared-source.js';

/**
 * Loads a report document once and provides it to every cst-* element inside it that names
 * a `dataset` but has no data of its own.
 *
 * @summary Shares one report document with the elements inside it.
 * @slot - The elements (and any other content) of the report.
 */
export class CstReport extends LitElement implements ReportProvider {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** URL of the report document. */
  @property() src?: string;
  /** The document itself, instead of `src`. */
  @property({ attribute: false }) data?: unknown;

  private readonly listeners = new Set<SourceListener>();
  private snapshot: SourceSnapshot = { status: 'loading' };
  private release?: () => void;
  private bound?: [unknown, string | undefined];

  /** Subscribes an element to the document; it is called now if the document is there already. */
  subscribe(listener: SourceListener): () => void {
    this.listeners.add(listener);
    if (this.snapshot.status !== 'loading') listener(this.snapshot);
    return () => this.listeners.delete(listener);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release?.();
    this.release = undefined;
    this.bound = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('data')) && this.isConnected) this.bind();
  }

  private bind(): void {
    if (this.bound && this.bound[0] === this.data && this.bound[1] === this.src) return;
    this.bound = [this.data, this.src];
    this.release?.();
    this.release = undefined;
    if (this.data !== undefined) {
      this.publish({ status: 'ready', payload: new Payload(this.data), receivedAt: Date.now() });
    } else if (this.src) {
      this.release = subscribeToSource(this.src, (snapshot) => this.publish(snapshot));
    }
  }

  private publish(snapshot: SourceSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener(snapshot);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
