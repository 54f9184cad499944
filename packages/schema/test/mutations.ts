// Seeded random mutations of a JSON document, shared by the fuzz tests: deletes, replaces and retypes
// fields, swaps dataset kinds, inserts huge strings, NaN-like strings, prototype keys and nested garbage.

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Json = unknown;
type Container = Record<string, Json> | Json[];

const HUGE = 'x'.repeat(100_000);
const KINDS = ['kpi', 'sla', 'series', 'matrix', 'table', 'share', 'chart', '', 'KPI'];

export function nested(depth: number): Json {
  let value: Json = 'fondo';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

function garbage(rand: () => number): Json {
  const pick = Math.floor(rand() * 22);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return 'NaN';
    case 3:
      return 'Infinity';
    case 4:
      return '-0';
    case 5:
      return '1e999';
    case 6:
      return NaN;
    case 7:
      return Infinity;
    case 8:
      return -1e308;
    case 9:
      return HUGE;
    case 10:
      return '<img src=x onerror=alert(1)>';
    case 11:
      return '\u202e\u2066bidi\u2069';
    case 12:
      return [];
    case 13:
      return {};
    case 14:
      return nested(1 + Math.floor(rand() * 500));
    case 15:
      return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    case 16:
      return true;
    case 17:
      return '42';
    case 18:
      return KINDS[Math.floor(rand() * KINDS.length)];
    case 19:
      return [1, 'due', null, { tre: 3 }];
    case 20:
      return 2 ** 53 + 1;
    default:
      return '2016-13-45T25:61:00Z';
  }
}

/** Every container in the document with the path to it (so a mutation can land anywhere). */
function containers(root: Json): Container[] {
  const found: Container[] = [];
  const walk = (value: Json, depth: number): void => {
    if (value === null || typeof value !== 'object' || depth > 40) return;
    found.push(value as Container);
    for (const child of Object.values(value)) walk(child, depth + 1);
  };
  walk(root, 0);
  return found;
}

export function mutate(doc: Json, rand: () => number): void {
  const all = containers(doc);
  const target = all[Math.floor(rand() * all.length)]!;
  const keys = Object.keys(target);
  const key: string | number = Array.isArray(target)
    ? Math.floor(rand() * (target.length + 1))
    : (keys[Math.floor(rand() * keys.length)] ?? 'extra');
  const slot = target as Record<string | number, Json>;
  const op = Math.floor(rand() * 8);
  switch (op) {
    case 0: // delete
      if (Array.isArray(target)) target.splice(key as number, 1);
      else delete slot[key];
      break;
    case 1: // replace with garbage
      slot[key] = garbage(rand);
      break;
    case 2: {
      // retype: number ↔ string, object → list, list → object
      const old = slot[key];
      slot[key] =
        typeof old === 'number'
          ? String(old)
          : typeof old === 'string'
            ? Number(old) || old.length
            : Array.isArray(old)
              ? Object.fromEntries(old.map((v, i) => [i, v]))
              : old && typeof old === 'object'
                ? Object.values(old)
                : String(old);
      break;
    }
    case 3: // wrong kind
      slot.kind = KINDS[Math.floor(rand() * KINDS.length)];
      break;
    case 4: // an unexpected extra key, sometimes a prototype key
      Object.defineProperty(target, rand() < 0.5 ? '__proto__' : 'x-' + Math.floor(rand() * 1e6), {
        value: garbage(rand),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      break;
    case 5: // duplicate an element of a list, or a sibling value
      if (Array.isArray(target) && target.length) target.push(structuredClone(target[0]));
      else slot[key] = structuredClone(slot[keys[0] ?? key] ?? null);
      break;
    case 6: // huge string
      slot[key] = HUGE;
      break;
    default: // the whole value replaced by a primitive
      slot[key] = rand() < 0.5 ? 0 : '';
  }
}
