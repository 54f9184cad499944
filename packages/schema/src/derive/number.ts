/** Keeps `significant` digits, dropping binary noise such as 0.30000000000000004. */
export function roundNoise(value: number, significant = 12): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(significant)) || 0;
}

/**
 * a − b, exact to 10 significant digits of the larger operand: 99.92 − 99 is 0.92, and
 * 0.3 − (0.1 + 0.2) is 0, not a tiny negative number that would turn "met" into "breached".
 */
export function difference(a: number, b: number): number {
  const magnitude = Math.max(Math.abs(a), Math.abs(b));
  if (magnitude === 0) return 0;
  const decimals = Math.min(100, Math.max(0, 9 - Math.floor(Math.log10(magnitude))));
  return Number((a - b).toFixed(decimals)) || 0;
}

/** How many decimals a number is written with (11435689.56: 2). */
export function decimalsOf(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** Sum of the numbers, ignoring null and undefined, rounded to the most decimals any addend has. */
export function addUp(values: Iterable<number | null | undefined>): number {
  let total = 0;
  let decimals = 0;
  for (const value of values) {
    if (typeof value !== 'number') continue;
    total += value;
    decimals = Math.max(decimals, decimalsOf(value));
  }
  return Number(total.toFixed(Math.min(decimals, 100))) || 0;
}

/** Change from → to in percent of |from|; null when it cannot be told (from is 0 or a value is missing). */
export function percentChange(from: number | null | undefined, to: number | null | undefined): number | null {
  if (typeof from !== 'number' || typeof to !== 'number' || from === 0) return null;
  return roundNoise(((to - from) / Math.abs(from)) * 100);
}
