import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
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
