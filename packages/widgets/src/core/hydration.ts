import { isServer } from 'lit';
import { SEED_TYPE } from '../source/seed.js';

let support: Promise<void> | undefined;
let installed = false;

/**
 * True when the page was rendered on the server and the hydrate support is not installed yet:
 * elements of this tag have their declarative shadow root before the tag is defined, or the page
 * holds seeds (a cst-report has no shadow root, yet must start from its seed).
 */
export function needsHydrateSupport(tag: string): boolean {
  if (isServer || installed) return false;
  if (document.querySelector(`script[type="${SEED_TYPE}"]`)) return true;
  for (const element of document.getElementsByTagName(tag)) if (element.shadowRoot) return true;
  return false;
}

/**
 * Loads and installs Lit's hydrate support, once. Loaded on demand: a page with no server-rendered
 * element never loads it, nor pays for the way it changes every Lit element's first update.
 */
export function installHydrateSupport(): Promise<void> {
  support ??= import('./hydrate-support.js').then(() => {
    installed = true;
  });
  return support;
}
