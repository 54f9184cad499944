/**
 * Runs `save` (a press on an element's CSV button, or a call to `downloadCsv()`) and catches the
 * file it saves: the link's file name and the text behind it. The download itself is stopped.
 */
export async function savedCsv(save: () => void): Promise<{ name: string; text: string }> {
  let caught: { name: string; text: Promise<string> } | undefined;
  const catcher = (event: Event) => {
    if (!(event.target instanceof HTMLAnchorElement) || !event.target.download) return;
    event.preventDefault();
    // Read the object URL at once: it is revoked right after the click. The byte-order mark is
    // kept (Response.text() drops it): spreadsheets need it to read UTF-8.
    const text = fetch(event.target.href)
      .then((response) => response.arrayBuffer())
      .then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    caught = { name: event.target.download, text };
  };
  document.addEventListener('click', catcher, true);
  try {
    save();
  } finally {
    document.removeEventListener('click', catcher, true);
  }
  if (!caught) throw new Error('no file was saved');
  return { name: caught.name, text: await caught.text };
}

/** Presses the CSV button in an element's shadow root and catches the file it saves. */
export function csvFromButton(el: Element): Promise<{ name: string; text: string }> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]');
  if (!button) throw new Error(`<${el.localName}> shows no CSV button`);
  return savedCsv(() => button.click());
}
