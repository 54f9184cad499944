// Sizes the embed page's iframes to their content: the page posts
// { type: 'cst-embed:resize', height } to its parent whenever its height changes.
addEventListener('message', (event) => {
  const { data } = event;
  if (!data || data.type !== 'cst-embed:resize' || !Number.isFinite(data.height)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.height = String(Math.min(Math.max(Math.ceil(data.height), 50), 20000));
    return;
  }
});
