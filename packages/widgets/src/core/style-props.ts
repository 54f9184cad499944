import { type AttributePart, Directive, type PartInfo, PartType, directive } from 'lit/directive.js';
import { noChange } from 'lit';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const kebab = (name: string) =>
  name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Like Lit's styleMap, but always through the CSSOM (`style.setProperty`). styleMap writes a
 * `style` attribute on first render, which a strict Content-Security-Policy (`style-src 'self'`,
 * no 'unsafe-inline') blocks; CSSOM changes are allowed. On the server there is no CSSOM: the page
 * gets the attribute (the hydrating render sets the same properties again, through the CSSOM).
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProps() belongs in a style attribute: style=${styleProps({...})}');
    }
  }

  /** Only Lit SSR calls it (update does the work in the browser): the properties as a style attribute. */
  render(styles: StyleProps): unknown {
    return Object.entries(styles)
      .filter(([, value]) => value != null)
      .map(([name, value]) => `${kebab(name)}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [styles]: [StyleProps]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (styles[name] == null) style.removeProperty(kebab(name));
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(kebab(name), String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Sets inline style properties through the CSSOM: CSP-safe. */
export const styleProps = directive(StylePropsDirective);
