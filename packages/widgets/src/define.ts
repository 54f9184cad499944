import { installHydrateSupport, needsHydrateSupport } from './core/hydration.js';

/**
 * Registers a tag once. A second registration (the bundle loaded twice, or two versions on
 * one page) keeps the first definition and says so, instead of throwing. When the page holds
 * elements of the tag rendered on the server, Lit's hydrate support is installed first, so that
 * they take over their shadow roots as they upgrade (see core/hydration.ts).
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    if (needsHydrateSupport(tag)) void installHydrateSupport().then(() => defineElement(tag, constructor));
    else customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`<${tag}> is already defined by another copy of this library; keeping the first one.`);
  }
}
