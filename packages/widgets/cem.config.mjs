// The Custom Elements Manifest (custom-elements.json) and the editor data generated from it.
// The analyzer's own reading of a Lit element is completed by small plugins, one idea each, in
// build/cem/: tag names from defineElement calls, typed events, the global tokens, the public API
// only, and module paths into dist/. Then the editor files are written into dist/: VS Code's
// custom HTML and CSS data and JetBrains' web-types (maintained generators, made for this), and
// the JSX types (our own: they must offer `datasetId`, never `dataset`; see build/cem/jsx-types.mjs).
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { defineCallsPlugin } from './build/cem/define-calls.mjs';
import { distPathsPlugin } from './build/cem/dist-paths.mjs';
import { eventsPlugin } from './build/cem/events.mjs';
import { jsxTypesPlugin } from './build/cem/jsx-types.mjs';
import { publicApiPlugin } from './build/cem/public-api.mjs';
import { tokensPlugin } from './build/cem/tokens.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.cases.ts',
    'src/**/*.model.ts',
    'src/**/*.styles.ts',
    'src/**/*.messages.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    defineCallsPlugin(),
    eventsPlugin(),
    tokensPlugin({ theme: 'src/core/theme.ts', baseClass: 'CstElement' }),
    publicApiPlugin(),
    distPathsPlugin(),
    customElementVsCodePlugin({ outdir: 'dist', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', hideLogs: true, packageJson: false }),
    jsxTypesPlugin({ outdir: 'dist/jsx' }),
  ],
};
