// For the page that holds the iframes: sizes each cst-widgets embed iframe to its content.
//   <script type="module" src="https://…/embed/embed-host.js"></script>
// Listens for { type: 'cst-embed:resize', id, height } and resizes the iframe whose window sent it
// (matched by window, not by id, so another frame cannot resize a frame that is not its own).
const MAX_HEIGHT = 20000;

window.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'cst-embed:resize') return;
  const height = Number(message.height);
  if (!Number.isFinite(height) || height < 0) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    frame.style.height = `${Math.min(height, MAX_HEIGHT)}px`;
    frame.dispatchEvent(new CustomEvent('cst-embed-resize', { detail: { id: message.id, height } }));
  }
});
