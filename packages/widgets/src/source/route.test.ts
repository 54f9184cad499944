import { describe, expect, it } from 'vitest';
import { type RouteInputs, chooseRoute, sameRoute } from './route.js';

const none: RouteInputs = { data: undefined, report: null };

describe('chooseRoute', () => {
  it('follows the documented precedence: data, inline child, src, stream, cst-report', () => {
    const all: RouteInputs = { data: {}, inline: '{}', src: '/a.json', stream: '/s', report: null };
    expect(chooseRoute(all)[0]).toBe('property');
    expect(chooseRoute({ ...all, data: undefined })[0]).toBe('inline');
    expect(chooseRoute({ ...all, data: undefined, inline: undefined })[0]).toBe('src');
    expect(chooseRoute({ ...none, stream: '/s' })[0]).toBe('stream');
    expect(chooseRoute(none)[0]).toBe('report');
  });

  it('is another route when the dataset, the URL, the refresh or the stream change, and the same otherwise', () => {
    const src: RouteInputs = { ...none, datasetId: 'sla', src: '/a.json', refresh: 60, stream: '/s' };
    expect(sameRoute(chooseRoute(src), chooseRoute({ ...src }))).toBe(true);
    for (const change of [{ datasetId: 'kpi' }, { src: '/b.json' }, { refresh: 30 }, { stream: '/t' }]) {
      expect(sameRoute(chooseRoute(src), chooseRoute({ ...src, ...change })), JSON.stringify(change)).toBe(
        false,
      );
    }
    expect(sameRoute(undefined, chooseRoute(src))).toBe(false);
  });
});
