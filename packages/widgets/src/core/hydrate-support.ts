// Lit's hydrate support: elements whose shadow root was rendered on the server (declarative
// shadow DOM) take it over instead of rendering again. Lit runs the support's hook as lit-element
// loads; loaded later (on demand, by core/hydration.ts), the hook is run here. LitElement has its
// own `observedAttributes` only once the hook has run, so it never runs twice. This module imports
// nothing of ours: a chunk loaded on demand that shared our modules would make the bundler wrap
// them all for lazy evaluation, which costs every page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

if (!Object.hasOwn(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}
