import type { BuildEnvironmentOptions, Plugin } from 'vite';

/** A Vite/Rolldown plugin that minifies the CSS and HTML inside Lit templates of the widgets' sources. */
export function minifyLiterals(): Plugin;
/** The build options shared by the CDN bundle and the size check: one ESM file, minified. */
export const bundleOptions: BuildEnvironmentOptions;
/** V8's compile hint comment, put first in the bundle after minification. */
export const COMPILE_HINT: string;
