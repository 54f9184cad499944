import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import vue from 'eslint-plugin-vue';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    plugins: { lit, wc },
    settings: { wc: { elementBaseClasses: ['LitElement', 'CstElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'wc/guard-super-call': 'off',
    },
  },
  // The Vue host example: Vue's error-preventing rules (layout is Prettier's), <script setup lang="ts"> as TypeScript.
  ...vue.configs['flat/essential'].map((config) => ({ ...config, files: ['**/*.vue'] })),
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    // v-html is innerHTML: data is always text.
    rules: { 'vue/no-v-html': 'error' },
  },
  {
    // Chai assertions are expressions (`expect(x).to.exist`).
    files: ['**/*.test.ts', '**/*.test.mjs'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Lit owns the DOM: no innerHTML.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval (strict CSP).' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function (strict CSP).' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data is text.' }] },
      ],
    },
  },
);
