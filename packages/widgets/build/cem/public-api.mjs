// Only what a page or an app can use: the analyzer lists every member, including private and
// protected state, static Lit plumbing (`styles`, `properties`) and the custom-element lifecycle
// callbacks, which editors, JSX types and Storybook's tables would all offer as properties.

const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
]);

const isPublic = (member) =>
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('#') &&
  !LIFECYCLE.has(member.name);

export function publicApiPlugin() {
  return {
    name: 'cst-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}
