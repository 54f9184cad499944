import { defineConfig } from 'vite';

// The CDN bundle: one minified ESM file with Lit, the d3 modules and the validator inside,
// which registers every element. Per-element modules for npm users come from tsc (dist/*.js).
// Not lib mode: Vite leaves lib-mode ES output unminified.
export default defineConfig({
  resolve: { conditions: ['source'] },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    copyPublicDir: false,
    rollupOptions: {
      input: 'src/cst-widgets.ts',
      preserveEntrySignatures: 'exports-only',
      output: { format: 'es', entryFileNames: 'cst-widgets.js', codeSplitting: false },
    },
  },
});
