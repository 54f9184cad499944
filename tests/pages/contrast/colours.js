// What axe's color-contrast rule leaves undecided or does not check, by computing the colours the
// browser paints: text drawn in SVG (axe cannot tell what is behind it), icons made of one glyph,
// and non-text contrast (WCAG 1.4.11): chart lines, bars, slices and segments, sparklines, status
// marks, form control borders and focus rings, each against the colour behind it.

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true });

/** Any CSS colour (rgb, oklab, color(), color-mix results) as [r, g, b, a] with r, g, b in 0-255 and a in 0-1. */
export function rgba(css) {
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = '#000';
  paint.fillStyle = css;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
  return a === 0 ? [0, 0, 0, 0] : [r, g, b, a / 255];
}

/** `top` painted over the opaque colour `under`. */
const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

const luminance = ([r, g, b]) => {
  const channel = (v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** The WCAG contrast ratio of two opaque colours. */
export function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const parentAcrossShadow = (node) => node.parentElement ?? node.parentNode?.host ?? null;

/** The page's canvas: white, or the dark canvas where the root's used colour scheme is dark. */
function canvasColour() {
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.documentElement.append(probe);
  const colour = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return colour;
}

/** The opaque colour behind `node` (its own background included when `own`), through shadow roots to the canvas. */
export function backdrop(node, own = true) {
  const layers = [];
  for (let at = own ? node : parentAcrossShadow(node); at; at = parentAcrossShadow(at)) {
    if (at instanceof SVGElement && at.localName !== 'svg') continue;
    const colour = rgba(getComputedStyle(at).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  let colour = layers.at(-1)?.[3] === 1 ? layers.pop() : canvasColour();
  while (layers.length) colour = over(layers.pop(), colour);
  return colour;
}

/** A custom property's value as the node would paint it as a colour (light-dark() resolved in its scheme). */
export function colourOfVariable(node, name) {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  node.append(probe);
  const colour = rgba(getComputedStyle(probe).color);
  probe.remove();
  return colour;
}

const deep = (root, selector) => {
  const found = [...root.querySelectorAll(selector)];
  for (const host of root.querySelectorAll('*'))
    if (host.shadowRoot) found.push(...deep(host.shadowRoot, selector));
  return found;
};

const hostOf = (node) => node.getRootNode().host;
const describe = (node) =>
  `${hostOf(node)?.localName ?? 'page'}${hostOf(node)?.getAttribute('dataset') ? `[${hostOf(node).getAttribute('dataset')}]` : ''} ${node.localName}.${[...node.classList].join('.')}`;
const shown = (node) =>
  node.getClientRects().length > 0 && node.checkVisibility?.({ visibilityProperty: true }) !== false;

/** The colour an SVG mark draws with (`stroke` or `fill`); a pattern fill draws with its rects' colour. */
function markColour(node, property) {
  const value = getComputedStyle(node)[property];
  const pattern = /url\("?#([^")]+)"?\)/.exec(value);
  if (!pattern) return rgba(value);
  const rect = node.getRootNode().getElementById(pattern[1])?.querySelector('rect');
  return rect ? rgba(getComputedStyle(rect).fill) : [0, 0, 0, 0];
}

/**
 * Every graphical object that carries data and every control boundary: [{ what, ratio, needed }].
 * Marks are checked against what is behind them; partly transparent marks are composited first.
 */
export function graphics() {
  const found = [];
  const check = (node, colour, behind, what) => {
    if (colour[3] === 0) return found.push({ what: `${what}: not painted`, ratio: 0, needed: 3 });
    const fg = over(colour, behind);
    found.push({ what, ratio: ratio(fg, behind), needed: 3 });
  };
  for (const line of deep(document, 'path.line').filter(shown))
    check(line, markColour(line, 'stroke'), backdrop(line, false), `${describe(line)} stroke`);
  for (const line of deep(document, '.threshold line').filter(shown))
    check(line, markColour(line, 'stroke'), backdrop(line, false), `${describe(line)} stroke`);
  for (const spark of deep(document, '.sparkline path').filter(shown))
    check(spark, markColour(spark, 'stroke'), backdrop(spark, false), `${describe(spark)} stroke`);
  for (const mark of deep(document, 'rect.mark, path.mark').filter(shown))
    check(mark, markColour(mark, 'fill'), backdrop(mark, false), `${describe(mark)} fill`);
  for (const segment of deep(document, '.segment').filter(shown)) {
    const behind = backdrop(segment, false);
    const style = getComputedStyle(segment);
    const hatch = /gradient\((?:[^,]+),\s*(rgba?\([^)]*\)|[a-z]+\([^)]*\))/.exec(style.backgroundImage);
    const colour = hatch ? rgba(hatch[1]) : rgba(style.backgroundColor);
    check(segment, colour, behind, `${describe(segment)} fill`);
  }
  for (const cell of deep(document, '.cell[class*="m-"], .legend .mark').filter(shown)) {
    if (cell.classList.contains('m-none')) continue;
    check(cell, colourOfVariable(cell, '--_c'), backdrop(cell), `${describe(cell)} status mark`);
  }
  for (const icon of deep(document, '.icon, .marker, .sort-icon').filter(shown))
    check(icon, rgba(getComputedStyle(icon).color), backdrop(icon), `${describe(icon)} icon`);
  for (const control of deep(document, 'select, input').filter(shown))
    check(
      control,
      rgba(getComputedStyle(control).borderTopColor),
      backdrop(control, false),
      `${describe(control)} border`,
    );
  return found;
}

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Text drawn in SVG (axis ticks, bar values, category names, slice labels): 4.5:1, or 3:1 when large,
 * against what is behind it: a mark it sits on, else the chart's background. A halo (a stroke painted
 * under the fill) is what is behind the text where there is one.
 */
export function svgText() {
  const found = [];
  for (const text of deep(document, 'svg text').filter(shown)) {
    if (!text.textContent.trim()) continue;
    const style = getComputedStyle(text);
    const size = parseFloat(style.fontSize) * scaleOf(text);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const box = text.getBoundingClientRect();
    const halo =
      style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) > 0 ? rgba(style.stroke) : null;
    const svg = text.ownerSVGElement;
    const under = [...svg.querySelectorAll('rect.mark, path.mark')].filter((m) =>
      overlaps(m.getBoundingClientRect(), box),
    );
    let behind = backdrop(text, false);
    if (halo) behind = over(halo, behind);
    else if (under.length) behind = over(markColour(under.at(-1), 'fill'), behind);
    const fg = over(markColour(text, 'fill'), behind);
    found.push({
      what: `${describe(text)} "${text.textContent.trim().slice(0, 20)}"`,
      ratio: ratio(fg, behind),
      needed: large ? 3 : 4.5,
    });
  }
  return found;
}

/** How much an SVG's viewBox scales what it draws: rendered width over the viewBox width. */
export function scaleOf(node) {
  const svg = node.ownerSVGElement ?? node;
  const box = svg.viewBox?.baseVal;
  if (!box || !box.width) return 1;
  return svg.getBoundingClientRect().width / box.width;
}

/** The deepest focused element, through shadow roots. */
export function focusedNow() {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** Where a node is, through shadow roots: each ancestor's index among its siblings. */
export function pathOf(node) {
  const steps = [];
  for (let at = node; at; at = parentAcrossShadow(at)) {
    const parent = at.parentNode;
    steps.push(parent ? [...parent.children].indexOf(at) : 0);
  }
  return steps.reverse().join('.');
}

/**
 * The focus ring of the focused element against the colours beside it: outside the box for an
 * outline drawn outside (offset ≥ 0), its own background for one drawn inside. An active chart mark's
 * stroke counts as that chart's focus indicator, against the mark and the plot.
 */
export function focusRing() {
  const node = focusedNow();
  if (!node || node === document.body) return [];
  const style = getComputedStyle(node);
  const results = [];
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || width === 0)
    results.push({ what: `${describe(node)}: no focus outline`, ratio: 0, needed: 3 });
  else {
    const ring = rgba(style.outlineColor);
    const offset = parseFloat(style.outlineOffset);
    const behind = offset + width <= 0 ? backdrop(node) : backdrop(node, false);
    results.push({
      what: `${describe(node)} focus outline`,
      ratio: ratio(over(ring, behind), behind),
      needed: 3,
    });
  }
  for (const mark of node.querySelectorAll('.mark.active')) {
    const ring = rgba(getComputedStyle(mark).stroke);
    const behind = backdrop(mark, false);
    results.push({
      what: `${describe(mark)} active stroke`,
      ratio: ratio(over(ring, behind), behind),
      needed: 3,
    });
  }
  for (const segment of node.querySelectorAll('.segment.active')) {
    // Inside the ring: an inset halo where there is one, else the segment's own colour.
    const style = getComputedStyle(segment);
    const ring = rgba(style.outlineColor);
    const halo = /inset/.test(style.boxShadow)
      ? rgba(/^(rgba?\([^)]*\)|\S+)/.exec(style.boxShadow)[1])
      : null;
    const fill = backdrop(segment);
    const inside = halo ? over(halo, fill) : fill;
    results.push({
      what: `${describe(segment)} active outline`,
      ratio: ratio(over(ring, inside), inside),
      needed: 3,
    });
  }
  return results;
}
