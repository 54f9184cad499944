// Reads the Focus 2016 example page as a user would: served by the reference feed (no
// simulator, so the figures are the seed's), every section must show the seed's figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../support/browser.mjs';
import { startDemoFeed } from '../support/demo-feed.mjs';
import { shadowTexts } from '../support/shadow-text.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Figures per section, copied by hand from the seed report. */
const EXPECTED = {
  sla: [
    'SLA.1',
    '99,00%',
    '99,92%',
    '+0,92',
    'SLA.3',
    '7 ms',
    'entro 1h lavorativa',
    'Nessuno scostamento significativo',
    'Ogni 6 mesi',
    'Ogni 3 mesi',
    '50%',
    '11 SLA su 11',
  ],
  ticket: ['chiuso non di competenza', '2.383', '2.039', '4.422', '2.687', '2.101', '4.788'],
  infrastruttura: ['100%', '96', '744', '8'],
  credenziali: ['55.211', '7.125', '2016', '13.584'],
  servizi: ['356', '+2', '17', '19'],
  utilizzo: [
    'A&C e SUAP',
    '114.877',
    '156.124',
    '35,9%',
    'Totale SOL',
    '448.785',
    '567.400',
    '+26,4%',
    '809.628',
    '981.483',
    '21,2%',
    '-21,0%',
  ],
  accesso: ['70,2%', '29,8%', '39%'],
  pagamenti: [
    'Comune di Firenze',
    '77.153',
    '8.876.647,56 €',
    '91.920',
    '111.866',
    '110.509',
    '11.435.689,56 €',
    '11.240.255,77 €',
    '-1,2%',
    '-1,7%',
    'Servizio di pagamento multe in inglese',
    '32.912',
    '4.100.543,40 €',
  ],
  dispiegamento: [
    'Bagno a Ripoli',
    'Barberino V.E.',
    '✓ online',
    '✓ su store',
    '✓ Coperto UC',
    'wip',
    'Non interessa',
    'NA',
  ],
};

let feed;
let browser;
let page;
const errors = [];

before(async () => {
  feed = await startDemoFeed({ simulate: false });
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location()?.url ?? ''}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${feed.url}/focus-2016/`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('cst-report *')]
        .filter((el) => el.localName.startsWith('cst-'))
        .every((el) => el.status && el.status !== 'loading'),
    { timeout: 15_000 },
  );
});

after(async () => {
  await browser?.close();
  await feed?.close();
});

describe('the Focus 2016 example page', () => {
  for (const [section, figures] of Object.entries(EXPECTED)) {
    it(`shows the seed's figures in the "${section}" section`, async () => {
      const [text] = await shadowTexts(page, `section[aria-labelledby="${section}"]`);
      const missing = figures.filter((figure) => !text.includes(figure));
      assert.deepEqual(missing, [], `missing in ${section}`);
    });
  }

  it('has no element in the error state and no console error', async () => {
    const failing = await page.evaluate(() =>
      [...document.querySelectorAll('cst-report *')]
        .filter((el) => el.status === 'error')
        .map((el) => `${el.localName}[${el.getAttribute('dataset')}]`),
    );
    assert.deepEqual(failing, []);
    assert.deepEqual(errors, []);
  });

  it('skips the work of sections off screen, yet renders every section in print', async () => {
    const visibility = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main section')].map((s) => getComputedStyle(s).contentVisibility),
      );
    const screen = await visibility();
    assert.ok(screen.length >= 9);
    assert.ok(screen.every((value) => value === 'auto'));
    await page.emulateMediaType('print');
    try {
      assert.ok((await visibility()).every((value) => value === 'visible'));
    } finally {
      await page.emulateMediaType(null);
    }
  });

  it('is accessible (axe, whole page)', async () => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
    });
    assert.deepEqual(violations, []);
  });
});
