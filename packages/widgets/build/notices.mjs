// The third-party notices of the CDN file, written beside it by rollup-plugin-license from the
// bundled packages' own package.json and licence files (never typed by hand), so the bundle can
// be redistributed as BSD-3-Clause (Lit), MIT (valibot) and ISC (d3) ask.

/** Beside dist/cst-widgets.js; its banner names it. */
export const NOTICES_FILE = 'cst-widgets.js.LICENSE.txt';

/** This project's own packages, bundled in too: covered by the root LICENSE. */
const OURS = /^@cst\//;

/**
 * @param {import('rollup-plugin-license').Dependency[]} dependencies
 */
export function noticesText(dependencies) {
  const sorted = [...dependencies].sort((a, b) => a.name.localeCompare(b.name));
  const missing = sorted.filter((dep) => !OURS.test(dep.name) && !dep.licenseText?.trim());
  if (missing.length) {
    throw new Error(
      `no licence file in ${missing.map((dep) => dep.name).join(', ')}: cannot write ${NOTICES_FILE}`,
    );
  }
  const sections = sorted.map((dep) => {
    const head = `${dep.name} ${dep.version} (${dep.license})`;
    if (OURS.test(dep.name)) return `${head}\nPart of cst-widgets: see the licence at the top of this file.`;
    const notice = dep.noticeText?.trim() ? `\n\n${dep.noticeText.trim()}` : '';
    return `${head}\n${'-'.repeat(head.length)}\n${dep.licenseText.trim()}${notice}`;
  });
  return [
    'cst-widgets.js: the cst-widgets elements and the open-source packages bundled into this file.',
    'cst-widgets: Copyright 2026 The cst-widgets Authors, licensed under the EUPL v. 1.2 (EUPL-1.2).',
    '',
    `It includes the following ${sorted.length} packages, each under its own licence, reproduced here:`,
    ...sorted.map((dep) => `  ${dep.name} ${dep.version}  ${dep.license}`),
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
