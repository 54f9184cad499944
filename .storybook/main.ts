import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The token sources the theme stories load, as a portal would: Bootstrap Italia's CSS (and the
  // fonts it names) and design-tokens-italia's variables.
  staticDirs: [
    { from: '../packages/schema/fixtures', to: '/fixtures' },
    { from: '../examples/node_modules/bootstrap-italia/dist/css', to: '/vendor/bootstrap-italia/css' },
    { from: '../examples/node_modules/bootstrap-italia/dist/fonts', to: '/vendor/bootstrap-italia/fonts' },
    { from: '../node_modules/design-tokens-italia/dist/css', to: '/vendor/design-tokens-italia' },
  ],
  // Stories import the element sources directly, through the workspace's "source" condition.
  viteFinal: async (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] },
  }),
};
export default config;
