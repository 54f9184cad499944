import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answerUnder } from './demo-server.js';
import { readyThenStale, stale } from './expected.js';
import '../packages/widgets/src/cst-kpi-tile.js';
import focus from '../packages/schema/fixtures/focus-2016.json';

/**
 * A stand-in for the feed server, inside the page: only URLs under /__live-demo__/ are answered
 * here, every other request goes to the network untouched. `/__live-demo__/flaky.json` is up for
 * 4 seconds and down (HTTP 503) for 4, with the uptime moving; `/__live-demo__/down.json` answers
 * once and then fails for good; `/__live-demo__/bad-edit.json` answers the document, then an edit of
 * it that broke the uptime's dataset (a field name misspelt). Answers carry an ETag and honour
 * If-None-Match, like the feed.
 */
const PREFIX = '/__live-demo__/';
const started = Date.now();
const served = new Map<string, number>();

/** The document after an editor's bad edit: the uptime's `value` misspelt `valeu`. */
function badlyEdited(): string {
  const { value, ...rest } = focus.datasets['hardware-uptime'];
  const datasets = { ...focus.datasets, 'hardware-uptime': { ...rest, valeu: value } };
  return JSON.stringify({ ...focus, datasets });
}

function demoResponse(url: URL, request: Request): Response {
  const name = url.pathname.slice(PREFIX.length);
  const count = (served.get(name) ?? 0) + 1;
  served.set(name, count);
  if (name === 'bad-edit.json') {
    const etag = count > 1 ? '"edited"' : '"first"';
    return new Response(count > 1 ? badlyEdited() : JSON.stringify(focus), {
      headers: { 'Content-Type': 'application/json', ETag: etag },
    });
  }
  const phase = Math.floor((Date.now() - started) / 4000);
  const down = name === 'down.json' ? count > 1 : phase % 2 === 1;
  if (down) return new Response('Service Unavailable', { status: 503 });
  const value = Math.round((99.9 - (phase % 4) * 0.15) * 100) / 100;
  const etag = `"v${value}"`;
  if (request.headers.get('If-None-Match') === etag)
    return new Response(null, { status: 304, headers: { ETag: etag } });
  const datasets = { ...focus.datasets, 'hardware-uptime': { ...focus.datasets['hardware-uptime'], value } };
  return new Response(JSON.stringify({ ...focus, datasets }), {
    headers: { 'Content-Type': 'application/json', ETag: etag },
  });
}

answerUnder(PREFIX, demoResponse);

const meta: Meta = {
  title: 'Live data/Stale and recovering',
  component: 'cst-kpi-tile',
  parameters: { layout: 'padded', ...readyThenStale('Uptime infrastruttura HW', '100%') },
  render: (args) =>
    html`<div lang="en">
      <cst-kpi-tile
        style="max-width: 22rem"
        src=${args.src}
        dataset="hardware-uptime"
        refresh="2"
        theme=${args.theme ?? ''}
      ></cst-kpi-tile>
    </div>`,
  args: { src: `${PREFIX}flaky.json` },
};
export default meta;
type Story = StoryObj;

/**
 * Polls every 2 seconds. While the server is down the tile keeps its figure and says how old it
 * is; when the server is back, the mark clears by itself.
 */
export const StaleAndRecovering: Story = {};

/** The first load worked, every later one fails: the last good figure stays, marked stale. */
export const StaysStale: Story = {
  parameters: stale('Uptime infrastruttura HW', '100%', 'not up to date'),
  args: { src: `${PREFIX}down.json` },
};

/**
 * An edit breaks the dataset while the page is open (an Italian page): the tile keeps the last good
 * figure and says it is not current; what is wrong, and where, goes to the console and `cst-error`.
 */
export const BadEdit: Story = {
  parameters: readyThenStale('Uptime infrastruttura HW', '100%', 'non aggiornati'),
  args: { src: `${PREFIX}bad-edit.json` },
  render: (args) =>
    html`<div lang="it">
      <cst-kpi-tile
        style="max-width: 22rem"
        src=${args.src}
        dataset="hardware-uptime"
        refresh="2"
      ></cst-kpi-tile>
    </div>`,
};

/** The same, dark and in a 320px column. */
export const DarkNarrow: Story = {
  args: { theme: 'dark' },
  render: (args) =>
    html`<div lang="en" style="background: #17191c; padding: 1rem; width: 320px">
      <cst-kpi-tile src=${args.src} dataset="hardware-uptime" refresh="2" theme="dark"></cst-kpi-tile>
    </div>`,
};
