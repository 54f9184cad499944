/**
 * The same JSON data: the same object (a dataset a stream update did not touch) or the same content
 * (a re-fetched document). Data here is always parsed JSON, so its text is a faithful comparison.
 */
export function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
