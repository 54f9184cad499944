// For server renderers (@cst/ssr): how an element finds its data and how a server hands it what it
// read (a seed), with the code the browser runs, so that both render the same. No side effects.
export { SEED_TYPE, type Seed, seedFromBody, seedSnapshot } from './source/seed.js';
export { type DataRoute, type RouteInputs, chooseRoute } from './source/route.js';
export { isCsv } from './source/parse.js';
export { loadWording } from './core/problem-wording.js';
