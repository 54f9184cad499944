/**
 * The Content-Security-Policy of the HTML pages the feed serves (the demo, an iframe embed): only
 * its own scripts, styles, fonts and data, no plugins, Trusted Types for Lit's templates, and
 * framing limited to `frameAncestors` (a portal that embeds the iframe names its origin here).
 * @param {string} frameAncestors
 */
export function defaultContentSecurityPolicy(frameAncestors = "'self'") {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}
