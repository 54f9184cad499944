import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from './style-props.js';

describe('styleProps(styles)', () => {
  it('sets properties and custom properties through the CSSOM, never a style attribute', () => {
    const box = document.createElement('div');
    const calls: string[] = [];
    const original = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name: string, value: string) {
      calls.push(name);
      return original.call(this, name, value);
    };
    try {
      render(html`<p style=${styleProps({ left: '5px', marginTop: '2px', '--_n': 3 })}></p>`, box);
    } finally {
      Element.prototype.setAttribute = original;
    }
    const p = box.querySelector('p')!;
    expect(calls).not.to.include('style');
    expect(p.style.left).to.equal('5px');
    expect(p.style.marginTop).to.equal('2px');
    expect(p.style.getPropertyValue('--_n')).to.equal('3');
  });

  it('removes properties that are gone or null on the next render', () => {
    const box = document.createElement('div');
    const view = (styles: Record<string, string | null>) => html`<p style=${styleProps(styles)}></p>`;
    render(view({ left: '5px', top: '1px' }), box);
    render(view({ left: null, top: '2px' }), box);
    const p = box.querySelector('p')!;
    expect(p.style.left).to.equal('');
    expect(p.style.top).to.equal('2px');
    render(view({}), box);
    expect(p.style.top).to.equal('');
  });
});
