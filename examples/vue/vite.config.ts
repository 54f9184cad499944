import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [
    vue({
      // The cst-* tags are custom elements, not Vue components: no resolveComponent, no warning.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cst-') } },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true },
});
