import type { MeasureUnit, ValueFormat } from '../common.js';
import { evaluateSla } from '../derive/sla.js';
import type { SlaDataset, SlaItem, SlaStatus } from '../sla.js';
import { CellReader, fractionDigits, titleOf } from './cells.js';
import { type Line, findColumn, tidy } from './columns.js';
import { isNone } from './numbers.js';
import type { Grid, GridOptions, GridResult } from './types.js';

/** Each field's usual headings, in Italian and English (the SLA table's CSV writes these). */
const HEADINGS = {
  code: ['codice', 'code', 'id'],
  label: ['sla', 'descrizione', 'description', 'label', 'etichetta', 'indicatore'],
  direction: ['criterio', 'direction', 'direzione', 'verso'],
  target: ['atteso', 'target', 'obiettivo', 'valore atteso'],
  measured: ['rilevato', 'measured', 'misurato', 'valore rilevato', 'misura'],
  unit: ['unita', 'unit', 'unita di misura'],
  deviation: ['scostamento', 'deviation'],
  deviationUnit: ['unita scostamento', 'deviation unit'],
  status: ['stato', 'status', 'esito'],
} as const;
type Role = keyof typeof HEADINGS;

const DIRECTIONS: Record<string, 'at-least' | 'at-most'> = {
  almeno: 'at-least',
  'at least': 'at-least',
  '>=': 'at-least',
  '≥': 'at-least',
  'al massimo': 'at-most',
  'at most': 'at-most',
  '<=': 'at-most',
  '≤': 'at-most',
};

const STATUSES: Record<string, SlaStatus> = {
  rispettato: 'met',
  met: 'met',
  'a rischio': 'at-risk',
  'at risk': 'at-risk',
  'non rispettato': 'breached',
  breached: 'breached',
  'non rilevato': 'not-measured',
  'not measured': 'not-measured',
};

const UNITS: Record<string, MeasureUnit> = {
  ms: 'millisecond',
  millisecondi: 'millisecond',
  secondi: 'second',
  s: 'second',
  minuti: 'minute',
  min: 'minute',
  ore: 'hour',
  h: 'hour',
  giorni: 'day',
  settimane: 'week',
  mesi: 'month',
  anni: 'year',
  mb: 'megabyte',
  gb: 'gigabyte',
  tb: 'terabyte',
};

/** How the SLA table's CSV names a unit ("%", "ms", "mesi", "EUR") as a format. */
function unitFormat(text: string): ValueFormat | undefined {
  const unit = text.trim().toLowerCase();
  if (!unit) return undefined;
  if (unit === '%') return { style: 'percent' };
  if (unit === '€' || unit === 'eur') return { style: 'currency', currency: 'EUR' };
  const known = UNITS[unit] ?? (Object.values(UNITS) as string[]).find((u) => unit === u || unit === `${u}s`);
  return known ? { style: 'unit', unit: known as MeasureUnit } : { style: 'decimal', suffix: text.trim() };
}

/**
 * SLA items by the headings the SLA table's CSV writes (Codice, SLA, Criterio, Atteso, Rilevato,
 * Unità, Scostamento, Unità scostamento, Stato, or their English). Status and deviation are kept
 * where they cannot be computed (a target or measure in words), or where the file says otherwise.
 */
export function gridToSla(grid: Grid, options: GridOptions<'sla'>): GridResult<'sla'> {
  const { header, lines, problems } = tidy(grid);
  const reader = new CellReader(options.numbers, header);
  const title = titleOf(options.title, grid.caption, problems);
  const roles = options.columns?.roles ?? {};
  const at = Object.fromEntries(
    (Object.keys(HEADINGS) as Role[]).map((role) => [role, findColumn(header, HEADINGS[role], roles[role])]),
  ) as Record<Role, number>;
  for (const role of ['code', 'label', 'target'] as const) {
    if (at[role] < 0) reader.problem(0, -1, 'missing-column', { role, headers: header.join(', ') });
  }
  if (at.code < 0 || at.label < 0 || at.target < 0)
    return { ok: false, problems: [...problems, ...reader.problems] };
  const items = lines.map((line) => item(line, at, reader));
  const all = [...problems, ...reader.problems];
  if (all.length) return { ok: false, problems: all };
  const dataset: SlaDataset = { kind: 'sla', title, items: items as SlaItem[] };
  return { ok: true, dataset, problems: [] };
}

function item(line: Line, at: Record<Role, number>, reader: CellReader): SlaItem | undefined {
  const cell = (role: Role) => (at[role] < 0 ? '' : line.cells[at[role]]!);
  const { row } = line;
  const wording = cell('direction').toLowerCase();
  const direction = wording ? DIRECTIONS[wording] : undefined;
  if (wording && !direction)
    reader.problem(row, at.direction, 'unknown-direction', { text: cell('direction') });
  const unit = unitFormat(cell('unit'));
  // Target and measure shown with the decimals they were written with (99 and 99,92: two).
  const written = [cell('target'), cell('measured')].flatMap((text) => reader.probe(text) ?? []);
  const format = unit && { ...unit, ...fractionDigits(written, unit.style) };
  const targetNumber = direction ? figure(cell('target'), reader) : undefined;
  if (direction && !targetNumber) reader.number(cell('target'), row, at.target);
  const target: SlaItem['target'] =
    direction && targetNumber
      ? { direction, value: targetNumber.value, ...(format ? { format } : {}), ...targetNumber.words }
      : { direction: 'text', text: cell('target') };
  const measuredText = isNone(cell('measured')) ? '' : cell('measured');
  const measuredNumber = measuredText ? figure(measuredText, reader) : undefined;
  const measured = measuredNumber
    ? { value: measuredNumber.value, ...measuredNumber.words }
    : measuredText
      ? { text: measuredText }
      : null;
  const statusText = cell('status').toLowerCase();
  const stated = statusText ? STATUSES[statusText] : undefined;
  if (statusText && !stated) reader.problem(row, at.status, 'unknown-status', { text: cell('status') });
  const base: SlaItem = {
    code: cell('code'),
    label: cell('label'),
    target,
    ...(measured ? { measured } : {}),
  };
  const computable = target.direction !== 'text' && measured !== null && 'value' in measured;
  if (computable) {
    const computed = evaluateSla(base).status;
    return stated && stated !== computed ? { ...base, status: stated } : base;
  }
  // A target or measure in words says nothing of its own about being met: the file must say it.
  if (measured && !statusText) {
    const words = target.direction === 'text' ? target.text : measuredText;
    reader.problem(row, at.status >= 0 ? at.status : at.measured, 'status-required', { text: words });
  }
  const deviation = deviationOf(cell('deviation'), cell('deviationUnit'), reader);
  return { ...base, ...(deviation ? { deviation } : {}), ...(stated && measured ? { status: stated } : {}) };
}

/**
 * The figure of a target or measure: the cell's number, or the one number its words hold ("Ogni 6
 * mesi" is 6, written so: the SLA table's CSV gives such targets as their words), with the words.
 */
function figure(text: string, reader: CellReader): { value: number; words?: { text: string } } | undefined {
  const number = reader.probe(text);
  if (number) return { value: number.value };
  const numbers = text.match(/[-+−]?\d[\d.,]*/g) ?? [];
  const only = numbers.length === 1 ? reader.probe(numbers[0]!.replace(/[.,]$/, '')) : undefined;
  return only ? { value: only.value, words: { text } } : undefined;
}

function deviationOf(text: string, unit: string, reader: CellReader): SlaItem['deviation'] {
  if (!text) return undefined;
  const number = reader.probe(text);
  if (!number) return { text };
  const pp = /^p\.?\s?p\.?$|^pp$|punti/i.test(unit.trim());
  return { value: number.value, ...(pp ? { unit: 'pp' as const } : {}) };
}
