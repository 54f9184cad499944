import type { Dictionary } from '../core/i18n.js';

/** Words shared by cst-bar-chart and cst-share. */
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
    sharePercent: 'Quota (%)',
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
    sharePercent: 'Share (%)',
    value: 'Value',
  },
};
