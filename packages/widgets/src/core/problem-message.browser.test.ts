import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CstKpiTile } from '../kpi-tile/kpi-tile.js';
import '../cst-kpi-tile.js';
import { kpi, testDocument } from '../../test/docs.js';
import { squash } from '../../test/dom.js';
import { listen } from '../../test/probe.js';

/** A tile on a page in `lang`, given what to show; its visible error message once it shows one, and what it told. */
async function failing(lang: string, give: (tile: CstKpiTile) => void) {
  const box = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const tile = document.createElement('cst-kpi-tile');
  const heard = listen(tile);
  give(tile);
  box.append(tile);
  await waitUntil(() => tile.status === 'error', `status: ${tile.status}`, { timeout: 5000 });
  await tile.updateComplete;
  const error = tile.shadowRoot!.querySelector('[part="error"]')!;
  const title = squash(error.querySelector('strong')!.textContent);
  return { title, message: squash(error.textContent).slice(title.length), heard };
}

const withData =
  (data: unknown, dataset = 'uptime') =>
  (tile: CstKpiTile) =>
    Object.assign(tile, { data, datasetId: dataset });

const inline = (json: string) => (tile: CstKpiTile) => {
  const script = Object.assign(document.createElement('script'), { type: 'application/json' });
  script.textContent = json;
  tile.append(script);
};

const unknownField = testDocument({ uptime: { ...kpi({ value: 99.5 }), valeu: 99.5 } as never });
const italianNumber = testDocument({ uptime: kpi({ value: '98,5' as never }) });
const notJson = '{\n  "kind": "kpi",\n  "title": "Uptime",\n  "value": 98,5\n}';

describe('what an element says about bad data, in the page’s language', () => {
  const cases: Array<[string, (tile: CstKpiTile) => void, string, string]> = [
    [
      'an unknown field',
      withData(unknownField),
      'Il documento dei dati non è valido. In $.datasets.uptime.valeu: campo sconosciuto "valeu"; forse intendevi "value"?',
      'The data document is not valid. At $.datasets.uptime.valeu: unknown field "valeu"; did you mean "value"?',
    ],
    [
      'a number written the Italian way, as text',
      withData(italianNumber),
      'Il documento dei dati non è valido. In $.datasets.uptime.value: deve essere un numero, non il testo "98,5"; scrivi 98.5, non "98,5"',
      'The data document is not valid. At $.datasets.uptime.value: must be a number, not the text "98,5"; write 98.5, not "98,5"',
    ],
    [
      'invalid JSON',
      inline(notJson),
      'I dati non sono in formato JSON valido: carattere inatteso "5" alla riga 4, colonna 15 (atteso: un nome di campo tra virgolette doppie); in JSON i decimali si scrivono con il punto: 98.5, non 98,5',
      'The data is not valid JSON: unexpected character "5" at line 4, column 15 (expected a property name in double quotes); JSON writes decimals with a point: 98.5, not 98,5',
    ],
    [
      'a dataset id that is not in the document',
      withData(testDocument({ uptime: kpi(), services: kpi() }), 'uptme'),
      'Il documento non contiene il dataset «uptme»: forse intendevi «uptime»?',
      'The document has no dataset “uptme”: did you mean “uptime”?',
    ],
  ];

  for (const [name, give, italian, english] of cases) {
    it(`${name}: in Italian on an Italian page`, async () => {
      const { title, message, heard } = await failing('it', give);
      expect(title).to.equal('Dati non disponibili');
      expect(message).to.equal(italian);
      expect(heard.errors.map((e) => e.message)).to.deep.equal([italian]);
    });

    it(`${name}: in English on an English page`, async () => {
      const { title, message, heard } = await failing('en-GB', give);
      expect(title).to.equal('Data unavailable');
      expect(message).to.equal(english);
      expect(heard.errors.map((e) => e.message)).to.deep.equal([english]);
    });
  }

  it('keeps the machine-readable problems in the cst-error detail', async () => {
    const field = (await failing('it', withData(unknownField))).heard.errors[0]!;
    expect(field.code).to.equal('invalid-document');
    expect(field.errors).to.deep.equal([
      {
        path: '$.datasets.uptime.valeu',
        message: 'unknown field "valeu"',
        code: 'unknown-field',
        params: { field: 'valeu', suggestion: 'value' },
      },
    ]);
    const json = (await failing('it', inline(notJson))).heard.errors[0]!;
    expect(json.code).to.equal('invalid-json');
    expect(json.syntax).to.include({ line: 4, column: 15, expected: 'property-name', found: '5' });
    const missing = (await failing('it', withData(testDocument({ uptime: kpi() }), 'nope'))).heard.errors[0]!;
    expect(missing).to.include({ code: 'dataset-missing' });
    expect(missing.datasets).to.deep.equal(['uptime']);
  });

  it('words the message again when the page’s language changes', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="it"></div>`);
    const tile = document.createElement('cst-kpi-tile');
    withData(unknownField)(tile);
    box.append(tile);
    await waitUntil(() => tile.status === 'error', `status: ${tile.status}`, { timeout: 5000 });
    box.lang = 'en';
    await waitUntil(
      () => squash(tile.shadowRoot!.textContent).includes('did you mean "value"?'),
      'still in Italian',
      { timeout: 5000 },
    );
  });
});
