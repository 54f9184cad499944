import { defineConfig } from 'vite';
import { COMPILE_HINT, bundleOptions, minifyLiterals } from './build/minify-literals.mjs';

// The CDN bundle: one minified ESM file with Lit, the d3 modules and the validator inside,
// which registers every element. Per-element modules for npm users come from tsc (dist/*.js),
// their templates minified alike by build/minify-dist.mjs.
// Not lib mode: Vite leaves lib-mode ES output unminified.
export default defineConfig({
  resolve: { conditions: ['source'] },
  plugins: [minifyLiterals()],
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
        postBanner: COMPILE_HINT,
      },
    },
  },
});
