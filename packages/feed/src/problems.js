/**
 * Log lines about documents. They name files, JSON paths, lines and columns, never a document's
 * content: a refused document may not be public, and logs travel further than data.
 */

const MB = 1024 * 1024;
const LISTED = 5;

/** A validation message without the value it quotes (", not the text "…"", "the first extra one is …"). */
export function withoutContent(message) {
  return message
    .replace(/, not .*$/s, '')
    .replace(/ \(the first extra one is .*\)$/, '')
    .replace(/the text "(?:[^"\\]|\\.)*"…?/g, 'a text');
}

const sizeOf = (bytes) => `${(bytes / MB).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

function listed(problems) {
  const lines = problems.slice(0, LISTED).map((p) => `\n  ${p.path}: ${withoutContent(p.message)}`);
  const more = problems.length > LISTED ? `\n  …and ${problems.length - LISTED} more` : '';
  return lines.join('') + more;
}

/**
 * Why a document was refused, in one log entry.
 * @param {string} file
 * @param {import('./prepare.js').Refused & { code?: string }} refusal
 * @param {{ kept: boolean, maxBytes: number }} context
 */
export function refusalLine(file, refusal, { kept, maxBytes }) {
  const outcome = kept ? 'the previous valid version stays served' : 'nothing is served';
  const prefix = `cst-feed: refused ${file} (${outcome})`;
  switch (refusal.reason) {
    case 'too-large':
      return `${prefix}: ${sizeOf(refusal.size ?? 0)} is over the limit of ${sizeOf(maxBytes)} (--max-document-mb)`;
    case 'not-json':
      return `${prefix}: not valid JSON at line ${refusal.line}, column ${refusal.column}${refusal.expected ? ` (expected ${refusal.expected})` : ''}`;
    case 'invalid': {
      const problems = refusal.problems ?? [];
      return `${prefix}: ${problems.length} problem${problems.length === 1 ? '' : 's'} outside the datasets:${listed(problems)}`;
    }
    default:
      return `${prefix}: cannot read it (${refusal.code ?? refusal.reason})`;
  }
}

/**
 * The datasets served although broken, by path.
 * @param {string} file
 * @param {import('./prepare.js').BrokenDataset[]} broken
 */
export function brokenLine(file, broken) {
  const problems = broken.flatMap((b) => b.problems);
  const ids = broken.map((b) => b.id).join(', ');
  return `cst-feed: served ${file} with ${broken.length} invalid dataset${broken.length === 1 ? '' : 's'} (${ids}); their elements show the error:${listed(problems)}`;
}
