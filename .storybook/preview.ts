import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/widgets/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    // The editors' guide first, in Italian, then in English; the rest in the order it comes.
    options: { storySort: { order: ['Docs', ['Guida per le redazioni', "Editors' guide", '*']] } },
  },
  globalTypes: {
    locale: {
      description: 'Page language (lang attribute around the story)',
      toolbar: { title: 'Lingua', icon: 'globe', items: ['it-IT', 'en-GB'], dynamicTitle: true },
    },
    scheme: {
      description: 'Colour scheme of the page',
      toolbar: { title: 'Tema', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'it-IT', scheme: 'light' },
  decorators: [
    (story, context) => {
      const dark = context.globals.scheme === 'dark';
      const style = dark
        ? 'color-scheme: dark; background: #16181b; color: #f2f2f2; padding: 1rem'
        : 'padding: 1rem';
      return html`<div lang=${context.globals.locale ?? 'it-IT'} style=${style}>${story()}</div>`;
    },
  ],
  tags: ['autodocs'],
};
export default preview;
