import { ticks as numberTicks } from 'd3-array';
import { formatDateAs } from '../core/dates.js';

/** A tick: its position in x units (a year, or ms since the epoch) and its label. */
export interface Tick {
  value: number;
  label: string;
}

/** Years as years: whole numbers only, labelled without grouping (2016, never 2.016). */
export function yearTicks(min: number, max: number, count = 5): Tick[] {
  const values = numberTicks(min, max, count).filter(Number.isInteger);
  if (values.length === 0 && Number.isInteger(min)) values.push(min);
  return values.map((value) => ({ value, label: String(value) }));
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';
/** [unit, step, approximate length in ms], shortest first. */
const INTERVALS: Array<[Unit, number, number]> = [
  ['second', 1, SECOND],
  ['second', 5, 5 * SECOND],
  ['second', 15, 15 * SECOND],
  ['second', 30, 30 * SECOND],
  ['minute', 1, MINUTE],
  ['minute', 5, 5 * MINUTE],
  ['minute', 15, 15 * MINUTE],
  ['minute', 30, 30 * MINUTE],
  ['hour', 1, HOUR],
  ['hour', 3, 3 * HOUR],
  ['hour', 6, 6 * HOUR],
  ['hour', 12, 12 * HOUR],
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['day', 7, 7 * DAY],
  ['month', 1, 30 * DAY],
  ['month', 3, 91 * DAY],
  ['year', 1, 365 * DAY],
];

/** Floors a local time to a multiple of the step in its unit; calendar units follow the local calendar. */
function floor(date: Date, unit: Unit, step: number): void {
  if (unit === 'year') date.setMonth(0, 1);
  if (unit === 'month') date.setMonth(Math.floor(date.getMonth() / step) * step, 1);
  if (unit === 'year' || unit === 'month' || unit === 'day') date.setHours(0, 0, 0, 0);
  if (unit === 'day' && step === 7) date.setDate(date.getDate() - ((date.getDay() + 6) % 7)); // Monday
  if (unit === 'hour') date.setHours(Math.floor(date.getHours() / step) * step, 0, 0, 0);
  if (unit === 'minute') date.setMinutes(Math.floor(date.getMinutes() / step) * step, 0, 0);
  if (unit === 'second') date.setSeconds(Math.floor(date.getSeconds() / step) * step, 0);
}

function advance(date: Date, unit: Unit, step: number): void {
  // Local setters, so days stay at midnight and hours on the clock across daylight saving.
  if (unit === 'year') date.setFullYear(date.getFullYear() + step);
  else if (unit === 'month') date.setMonth(date.getMonth() + step);
  else if (unit === 'day') date.setDate(date.getDate() + step);
  else if (unit === 'hour') date.setHours(date.getHours() + step);
  else if (unit === 'minute') date.setMinutes(date.getMinutes() + step);
  else date.setSeconds(date.getSeconds() + step);
}

const LABELS: Record<Unit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  hour: { hour: '2-digit', minute: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
};

/**
 * Calendar ticks between two instants (ms), in the local time zone: the interval whose count is
 * closest to `count`, floored to round local times (midnight, the hour, the first of the month).
 * `shortest` is the shortest interval worth a tick: a day for dates, which have no hours to show.
 */
export function timeTicks(
  min: number,
  max: number,
  count: number,
  locale: string,
  shortest: number = SECOND,
): Tick[] {
  const target = Math.max(shortest, (max - min) / Math.max(1, count));
  let [unit, step] = INTERVALS[INTERVALS.length - 1]!;
  for (const [u, s, length] of INTERVALS) {
    if (length >= target) {
      [unit, step] = [u, s];
      break;
    }
  }
  if (unit === 'year') step = Math.max(1, yearStep(min, max, count));
  const options = LABELS[unit];
  const date = new Date(min);
  floor(date, unit, step);
  if (unit === 'year') date.setFullYear(Math.floor(date.getFullYear() / step) * step);
  const out: Tick[] = [];
  while (date.getTime() <= max && out.length < 100) {
    if (date.getTime() >= min)
      out.push({ value: date.getTime(), label: formatDateAs(date, locale, options) });
    advance(date, unit, step);
  }
  return out;
}

function yearStep(min: number, max: number, count: number): number {
  const years = yearTicks(new Date(min).getFullYear(), new Date(max).getFullYear(), count);
  return years.length > 1 ? years[1]!.value - years[0]!.value : 1;
}
