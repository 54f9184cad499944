/**
 * Stand-ins for servers, inside the page (stories only): requests to this origin under a prefix are
 * answered by that prefix's function; every other request goes to the network untouched. Each
 * story module installs its own prefix; fetch is wrapped once, however many stories install one.
 */
type Answer = (url: URL, request: Request) => Response;

const marker = Symbol.for('cst-demo-servers');
type Patched = typeof fetch & { [marker]?: Map<string, Answer> };

export function answerUnder(prefix: string, answer: Answer): void {
  const current = window.fetch as Patched;
  if (current[marker]) {
    current[marker].set(prefix, answer);
    return;
  }
  const answers = new Map([[prefix, answer]]);
  const original = window.fetch.bind(window);
  const patched: Patched = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin === location.origin)
      for (const [start, answerer] of answers)
        if (url.pathname.startsWith(start)) return Promise.resolve(answerer(url, request));
    return original(input, init);
  };
  patched[marker] = answers;
  window.fetch = patched;
}
