// The CDN file (dist/cst-widgets.js): every element and Lit, the d3 modules and the validator in
// one prebuilt ESM file. Importing it registers every element.
export * from './all.js';
