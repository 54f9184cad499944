import { readFileSync } from 'node:fs';
import license from 'rollup-plugin-license';
import { defineConfig } from 'vite';
import { integrityFile } from './build/integrity.mjs';
import { COMPILE_HINT, bundleOptions, minifyLiterals } from './build/minify-literals.mjs';
import { NOTICES_FILE, noticesText } from './build/notices.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** First line the compile hint, then who wrote it, its licence and where the bundled code's notices are. */
const banner = `${COMPILE_HINT}
/*! ${pkg.name} ${pkg.version} | Copyright 2026 The cst-widgets Authors | ${pkg.license} | third-party notices: ${NOTICES_FILE} */`;

// The CDN file: one minified ESM file with Lit, the d3 modules and the validator inside, which
// registers every element. Per-element modules for npm users come from tsc (dist/*.js), their
// templates minified alike by build/minify-dist.mjs. The licences of the packages bundled in are
// collected from their own licence files into dist/cst-widgets.js.LICENSE.txt, beside it, and its
// Subresource Integrity hash into dist/cst-widgets.js.integrity.txt.
// Not lib mode: Vite leaves lib-mode ES output unminified.
export default defineConfig({
  resolve: { conditions: ['source'] },
  plugins: [
    minifyLiterals(),
    license({
      thirdParty: { includeSelf: false, output: { file: `dist/${NOTICES_FILE}`, template: noticesText } },
    }),
    integrityFile(),
  ],
  build: {
    ...bundleOptions,
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    rollupOptions: {
      input: 'src/cst-widgets.ts',
      preserveEntrySignatures: 'exports-only',
      // After minification, which would drop a comment.
      output: {
        format: 'es',
        entryFileNames: 'cst-widgets.js',
        codeSplitting: false,
        postBanner: banner,
      },
    },
  },
});
