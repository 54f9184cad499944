/**
 * Donut geometry, written here: d3-shape's arc() and pie() bring d3-path, corner radii and padding
 * by radius into the bundle, and a ring segment is only two circular arcs and two lines.
 */
const TAU = 2 * Math.PI;
const round = (value: number) => Math.round(value * 100) / 100 || 0;

/** A point at `angle` radians clockwise from 12 o'clock, `radius` from the centre. */
export function polar(radius: number, angle: number): [number, number] {
  return [round(radius * Math.sin(angle)), round(-radius * Math.cos(angle))];
}

/** Start and end angles of each value, clockwise from 12 o'clock, in the order given. */
export function pieAngles(values: readonly number[]): { start: number; end: number }[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0);
  let at = 0;
  return values.map((value) => {
    const start = at;
    at += total > 0 ? (Math.max(0, value) / total) * TAU : 0;
    return { start, end: at };
  });
}

/** The ring segment between two angles and two radii; a full turn is drawn as two halves. */
export function donutArc(start: number, end: number, inner: number, outer: number, pad = 0): string {
  const span = end - start;
  if (span >= TAU - 1e-9) {
    const ring = (r: number, sweep: 0 | 1) =>
      `M${polar(r, 0)}A${r},${r} 0 1 ${sweep} ${polar(r, Math.PI)}A${r},${r} 0 1 ${sweep} ${polar(r, 0)}Z`;
    return ring(outer, 1) + ring(inner, 0);
  }
  const a0 = start + Math.min(pad, span) / 2;
  const a1 = end - Math.min(pad, span) / 2;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return (
    `M${polar(outer, a0)}A${outer},${outer} 0 ${large} 1 ${polar(outer, a1)}` +
    `L${polar(inner, a1)}A${inner},${inner} 0 ${large} 0 ${polar(inner, a0)}Z`
  );
}

/** The middle of a ring segment, where its label sits. */
export function donutCentroid(start: number, end: number, inner: number, outer: number): [number, number] {
  return polar((inner + outer) / 2, (start + end) / 2);
}
