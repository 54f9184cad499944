/**
 * Registers a tag once. A second registration (the bundle loaded twice, or two versions on
 * one page) keeps the first definition and says so, instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`<${tag}> is already defined by another copy of this library; keeping the first one.`);
  }
}
