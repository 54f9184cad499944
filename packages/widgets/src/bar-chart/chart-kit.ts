import { coreText } from '../core/messages.js';
import { html, nothing, svg } from 'lit';
import type { Dictionary } from '../core/i18n.js';

/** Words shared by the charts of this folder and cst-share. */
export const chartMessages: Dictionary = {
  it: {
    keys: 'Usare le frecce per passare da un elemento all’altro.',
    position: '{label}: {value} ({index} di {count})',
    horizontal: 'orizzontali',
    vertical: 'verticali',
    bars: 'Grafico a barre {orientation} con {count} categorie',
    series: ', serie: {names}',
    extremes: '{series}: il valore più alto è {maxLabel} ({max}), il più basso {minLabel} ({min}).',
    donut: 'Grafico ad anello',
    bar: 'Barra a segmenti',
    parts: '{kind} con {count} parti: {list}.',
    largest: 'La parte maggiore è {label}.',
    part: 'Parte',
    share: 'Quota',
    value: 'Valore',
  },
  en: {
    keys: 'Use the arrow keys to move between items.',
    position: '{label}: {value} ({index} of {count})',
    horizontal: 'horizontal',
    vertical: 'vertical',
    bars: 'Bar chart, {orientation}, with {count} categories',
    series: ', series: {names}',
    extremes: '{series}: highest is {maxLabel} ({max}), lowest {minLabel} ({min}).',
    donut: 'Donut chart',
    bar: 'Stacked bar',
    parts: '{kind} with {count} parts: {list}.',
    largest: 'The largest part is {label}.',
    part: 'Part',
    share: 'Share',
    value: 'Value',
  },
};

/** Where an arrow, Home or End key moves the active item; undefined for other keys. */
export function stepIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(count - 1, index + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** The chart's data as a real table, behind a "Mostra dati" toggle. */
export function renderDataTable(
  id: string,
  open: boolean,
  locale: string,
  caption: string,
  head: readonly string[],
  body: readonly (readonly string[])[],
  toggle: () => void,
) {
  return html`<button
      part="toggle"
      class="link"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${toggle}
    >
      ${coreText(locale, open ? 'hideData' : 'showData')}
    </button>
    <div id=${id} class="data" ?hidden=${!open}>
      ${
        open
          ? html`<table part="table">
              <caption>
                ${caption}
              </caption>
              <thead>
                <tr>
                  ${head.map((h) => html`<th scope="col">${h}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${body.map(
                  ([first, ...rest]) =>
                    html`<tr>
                      <th scope="row">${first}</th>
                      ${rest.map((c) => html`<td>${c}</td>`)}
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </div>`;
}

/** The hatch that tells the 2nd and 4th series apart without colour. */
export const hatchDefs = svg`<defs>
  ${[1, 3].map(
    (
      i,
    ) => svg`<pattern id="hatch-${i}" class="hatch-${i}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6"></rect><line x1="0" y1="0" x2="0" y2="6"></line>
    </pattern>`,
  )}
</defs>`;
