// Measures the page as the browser lays it out for paper. Chromium tells matchMedia('print')
// listeners once the page is laid out for paper, after the elements' own listeners (registered
// first) have redrawn at the paper's width: what this listener reads is what goes on paper.
// window.printProbe.results holds the last measurement.
(() => {
  const POINT = 96 / 72;

  const walk = (root, visit) => {
    for (const node of root.querySelectorAll('*')) {
      visit(node);
      if (node.shadowRoot) walk(node.shadowRoot, visit);
    }
  };
  const hostOf = (node) => node.getRootNode().host;
  const where = (node) => {
    const host = hostOf(node);
    return host
      ? `${host.localName}[${host.getAttribute('dataset') ?? ''}] ${node.localName}`
      : node.localName;
  };
  const shown = (node) => node.checkVisibility({ opacityProperty: true, visibilityProperty: true });

  /** The size a text node is drawn at, in CSS pixels: its font size, scaled by the SVG it sits in. */
  function drawnSize(parent) {
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (!(parent instanceof SVGGraphicsElement)) return size;
    const matrix = parent.getScreenCTM();
    return size * Math.hypot(matrix.a, matrix.b);
  }

  function measure() {
    const pageWidth = document.documentElement.clientWidth;
    const small = [];
    let texts = 0;
    const controls = [];
    const overflowing = [];
    const documents = [document];
    walk(document, (node) => node.shadowRoot && documents.push(node.shadowRoot));
    for (const root of documents) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const parent = text.parentElement;
        if (!text.textContent.trim() || !parent || ['STYLE', 'SCRIPT'].includes(parent.tagName)) continue;
        if (!shown(parent) || parent.closest('.visually-hidden')) continue;
        texts++;
        const px = drawnSize(parent);
        if (px < 8 * POINT - 0.01)
          small.push(
            `${where(parent)} "${text.textContent.trim().slice(0, 24)}": ${(px / POINT).toFixed(1)} pt`,
          );
      }
    }
    walk(document, (node) => {
      if (!hostOf(node)) return;
      if (node.matches('button, select, input, textarea, a[href]') && shown(node))
        controls.push(`${where(node)} "${node.textContent.trim().slice(0, 30)}"`);
    });
    // Each page may have its own width (a named landscape page): an element must fit the section
    // it sits in, which is as wide as its page, and nothing inside it may run past its own box.
    const within = (inner, outer) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
    for (const host of document.querySelectorAll('*')) {
      if (!host.localName.startsWith('cst-') || host.localName === 'cst-report') continue;
      const box = host.getBoundingClientRect();
      const page = host.closest('section, main').getBoundingClientRect();
      if (!within(box, page) || host.shadowRoot.firstElementChild.scrollWidth > host.clientWidth + 1)
        overflowing.push(
          `${host.localName}[${host.getAttribute('dataset')}]: ${Math.round(box.right)} of ${Math.round(page.right)} px`,
        );
    }
    const matrix = document.querySelector('cst-deployment-matrix');
    const matrixBox = matrix.getBoundingClientRect();
    const headers = [...matrix.shadowRoot.querySelectorAll('.head [role="columnheader"]')].map((cell) => {
      const box = cell.getBoundingClientRect();
      return { text: cell.textContent.trim(), inside: box.width > 0 && within(box, matrixBox) };
    });
    // Charts drawn for the width they have on paper: no scaling of their viewBox, up or down.
    const scaled = [];
    for (const root of documents)
      for (const svg of root.querySelectorAll('svg[viewBox]')) {
        const host = hostOf(svg);
        if (!host || !['cst-trend-line', 'cst-bar-chart'].includes(host.localName) || !shown(svg)) continue;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        if (svg.viewBox.baseVal.width > 50 && Math.abs(scale - 1) > 0.01)
          scaled.push(
            `${where(svg)}: drawn ${svg.viewBox.baseVal.width} px, on paper ${Math.round(svg.getBoundingClientRect().width)} px`,
          );
      }
    // What a page break may not cut: a tile, a chart with its caption, a table or matrix row.
    const UNITS = {
      'cst-kpi-tile': '.tile',
      'cst-trend-line': '.chart',
      'cst-bar-chart': 'figure',
      'cst-share': 'figure',
      'cst-sla-table': 'tbody tr',
      'cst-data-table': 'tbody tr',
      'cst-deployment-matrix': '.body .row',
    };
    const breakable = [];
    for (const [tag, selector] of Object.entries(UNITS))
      for (const host of document.querySelectorAll(tag))
        for (const unit of host.shadowRoot.querySelectorAll(selector))
          if (getComputedStyle(unit).breakInside !== 'avoid') breakable.push(`${tag} ${selector}`);
    return {
      pageWidth,
      texts,
      small,
      controls,
      overflowing,
      headers,
      scaled,
      breakable: [...new Set(breakable)],
    };
  }

  const results = [];
  matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) results.push(measure());
  });
  window.printProbe = { results, measure };
})();
