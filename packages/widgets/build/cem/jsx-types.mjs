// JSX types for the eight elements, written from the manifest into dist/jsx/:
//   elements.d.ts  CstElementsJSX, a map from tag to the props it takes (for any JSX framework);
//   react.d.ts     React 19's JSX.IntrinsicElements, augmented with that map.
// Ours rather than a generator's: the generators offer every attribute as a prop, and the
// `dataset` attribute as a prop is exactly what crashes React 19 (it sets props as properties,
// and HTMLElement.dataset has only a getter). Props here are the elements' writable public
// properties (`datasetId`), typed from the classes themselves, plus `oncst-*` listeners typed
// with the event classes, which React 19 attaches with addEventListener.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Built-in, read-only properties of HTMLElement that a generated prop must never shadow. */
const READ_ONLY_BUILT_INS = new Set([
  'dataset',
  'classList',
  'style',
  'attributes',
  'shadowRoot',
  'children',
]);

const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

/** The custom elements of the manifest, sorted by tag. */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function propsOf(element) {
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.static);
  for (const field of fields) {
    if (READ_ONLY_BUILT_INS.has(field.name)) {
      throw new Error(
        `<${element.tagName}>: a prop named "${field.name}" would shadow HTMLElement.${field.name}`,
      );
    }
  }
  return fields;
}

function elementProps(element) {
  const props = propsOf(element).map(
    (field) => `${doc(field.description, '  ')}  ${field.name}?: ${element.name}['${field.name}'];\n`,
  );
  const events = (element.events ?? []).map(
    (event) =>
      `${doc(`\`${event.name}\`: ${event.description ?? ''}`, '  ')}  'on${event.name}'?: (event: ${event.type?.text ?? 'Event'}) => void;\n`,
  );
  return `${doc(element.summary ?? element.description, '')}export interface ${element.name}Props {\n${props.join('')}${events.join('')}}\n`;
}

export function elementsTypes(elements) {
  const classes = elements.map((e) => e.name);
  const eventTypes = [
    ...new Set(elements.flatMap((e) => (e.events ?? []).map((event) => event.type?.text)).filter(Boolean)),
  ];
  return `// Generated from custom-elements.json by build/cem/jsx-types.mjs: do not edit.
import type { ${[...classes, ...eventTypes].sort().join(', ')} } from '../index.js';

${elements.map(elementProps).join('\n')}
/** Every element's props by tag: extend your JSX framework's intrinsic elements with it. */
export interface CstElementsJSX {
${elements.map((e) => `  '${e.tagName}': ${e.name}Props;\n`).join('')}}
`;
}

export function reactTypes(elements) {
  return `// Generated from custom-elements.json by build/cem/jsx-types.mjs: do not edit.
// React 19: import type {} from '@cst/widgets/react'; (or list it in tsconfig "types").
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${elements.map((e) => e.name).join(', ')} } from '../index.js';
import type { CstElementsJSX } from './elements.js';

export type { CstElementsJSX } from './elements.js';

/** React's props for an element's tag, with the element's own props in place of same-named ones. */
type ReactProps<E extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      '${e.tagName}': ReactProps<${e.name}, CstElementsJSX['${e.tagName}']>;\n`).join('')}    }
  }
}
`;
}

export function jsxTypesPlugin({ outdir }) {
  return {
    name: 'cst-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, 'elements.d.ts'), elementsTypes(elements));
      writeFileSync(join(outdir, 'react.d.ts'), reactTypes(elements));
      // Type-only entries; these let a value import of them resolve too.
      for (const name of ['elements.js', 'react.js']) writeFileSync(join(outdir, name), 'export {};\n');
    },
  };
}
