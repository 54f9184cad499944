import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announcer.js';

function host() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const element = {
    addController: (c: ReactiveController) => controllers.push(c),
    requestUpdate: () => updates++,
  } as unknown as ReactiveControllerHost;
  return {
    element,
    updates: () => updates,
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

describe('Announcer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says a live change at once, then at most one every 5 s, always the latest', () => {
    const announcer = new Announcer(host().element);
    announcer.announce('SLA.1 ora non rispettato');
    expect(announcer.text).toBe('SLA.1 ora non rispettato');
    announcer.announce('SLA.2 ora a rischio');
    announcer.announce('SLA.3 ora rispettato');
    vi.advanceTimersByTime(4999);
    expect(announcer.text).toBe('SLA.1 ora non rispettato');
    vi.advanceTimersByTime(1);
    expect(announcer.text).toBe('SLA.3 ora rispettato');
  });

  it('replies to the reader at once, then at most four times a second, whatever live changes wait', () => {
    const announcer = new Announcer(host().element);
    announcer.announce('live');
    announcer.reply('Tabella ordinata per Codice, crescente.');
    expect(announcer.text).toBe('Tabella ordinata per Codice, crescente.');
    announcer.reply('a');
    announcer.reply('b');
    vi.advanceTimersByTime(250);
    expect(announcer.text).toBe('b');
  });

  it('varies the same text invisibly, so a screen reader says it again', () => {
    const announcer = new Announcer(host().element);
    announcer.reply('Desktop: 70,2%');
    vi.advanceTimersByTime(250);
    announcer.reply('Desktop: 70,2%');
    expect(announcer.text).toBe('Desktop: 70,2%\u00a0');
  });

  it('drops what waits when the element leaves the page', () => {
    const { element, updates, disconnect } = host();
    const announcer = new Announcer(element);
    announcer.announce('first');
    announcer.announce('second');
    const before = updates();
    disconnect();
    vi.advanceTimersByTime(10_000);
    expect(announcer.text).toBe('first');
    expect(updates()).toBe(before);
  });
});
