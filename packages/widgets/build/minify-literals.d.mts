import type { BuildEnvironmentOptions, Plugin } from 'vite';

/** A Vite/Rolldown plugin that minifies the CSS and HTML inside Lit templates of the widgets' sources. */
export function minifyLiterals(): Plugin;
/** The module with its Lit templates' CSS and HTML minified, and the map of that change; null if nothing changed. */
export function minifyTemplates(
  code: string,
  fileName: string,
): Promise<{ code: string; map: { toString(): string } } | null>;
/** The build options shared by the CDN bundle and the size check: one ESM file, minified. */
export const bundleOptions: BuildEnvironmentOptions;
/** V8's compile hint comment, put first in the bundle after minification. */
export const COMPILE_HINT: string;
