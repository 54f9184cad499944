/**
 * Remembers the last call: the wrapped function runs again only when an argument differs from the
 * last call's (by identity), and otherwise gives back the last result. An element calls it on every
 * update and pays for the computation only when its inputs changed.
 */
export function memoize<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A): R => {
    const same =
      lastArgs !== undefined &&
      lastArgs.length === args.length &&
      args.every((arg, i) => Object.is(arg, lastArgs![i]));
    if (!same) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
