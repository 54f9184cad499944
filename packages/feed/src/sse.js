/**
 * One Server-Sent Events frame. Multi-line data becomes several `data:` lines (the client joins
 * them with newlines); ids and event names may not contain line breaks.
 * @param {{ id?: string, event?: string, data?: string, retry?: number, comment?: string }} frame
 */
export function formatEvent({ id, event, data, retry, comment }) {
  let out = '';
  if (comment !== undefined)
    out += comment
      .split(/\r\n|\r|\n/)
      .map((line) => `: ${line}\n`)
      .join('');
  for (const [name, value] of [
    ['id', id],
    ['event', event],
  ]) {
    if (value === undefined) continue;
    if (/[\r\n\0]/.test(value)) throw new TypeError(`invalid ${name}: ${JSON.stringify(value)}`);
    out += `${name}: ${value}\n`;
  }
  if (retry !== undefined) {
    if (!Number.isInteger(retry) || retry < 0) throw new TypeError(`invalid retry: ${retry}`);
    out += `retry: ${retry}\n`;
  }
  if (data !== undefined)
    out += data
      .split(/\r\n|\r|\n/)
      .map((line) => `data: ${line}\n`)
      .join('');
  return `${out}\n`;
}

/** Response headers for an event stream (no buffering in proxies, any origin). */
export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
  'Access-Control-Allow-Origin': '*',
};

/** The id the client last saw: the Last-Event-ID header (sent by EventSource on its own reconnects), else `lastEventId` in the query. */
export function lastEventIdOf(request, url) {
  const header = request.headers['last-event-id'];
  if (typeof header === 'string' && header) return header;
  return url.searchParams.get('lastEventId') ?? '';
}

/**
 * True when a client's last event id names this version in any form it may hold: the bare id,
 * the quoted ETag, its weak form, or the ETag of an encoding (`"<tag>-br"`, `"<tag>-gzip"`).
 * @param {string} lastEventId
 * @param {{ id: string }} version
 */
export function isCurrent(lastEventId, { id }) {
  const tag = lastEventId
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
  return tag === id || tag === `${id}-br` || tag === `${id}-gzip`;
}
