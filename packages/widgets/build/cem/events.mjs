// Typed events. Each event class (`class CstDataEvent extends CustomEvent<CstDataDetail>`) and its
// entry in `GlobalEventHandlersEventMap` ('cst-data': CstDataEvent) are read from the sources; an
// element's `@fires cst-data` then gets that class as its type and the detail type in its
// description. The analyzer also guesses events from `dispatchEvent(new CstDataEvent(…))` calls,
// without a name or with the constructor's argument as one: those guesses are dropped.

export function eventsPlugin() {
  /** event name -> { eventType, detailType, module } */
  const events = new Map();
  /** event class -> detail type */
  const details = new Map();
  /** interface name -> the module that declares it */
  const interfaces = new Map();

  return {
    name: 'cst-typed-events',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses?.[0]?.types[0];
        if (base?.expression.getText() === 'CustomEvent' && base.typeArguments?.[0]) {
          details.set(node.name.text, base.typeArguments[0].getText());
        }
      }
      if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, moduleDoc.path);
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
          events.set(member.name.text, { eventType: member.type.getText(), module: moduleDoc.path });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const eventTypes = new Set([...events.values()].map((event) => event.eventType));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events
            .filter((event) => event.name && !(eventTypes.has(event.type?.text) && !events.has(event.name)))
            .map((event) => typed(event, events.get(event.name), details, interfaces));
          if (!declaration.events.length) delete declaration.events;
        }
      }
    },
  };
}

function typed(event, known, details, interfaces) {
  if (!known) return event;
  const detailType = details.get(known.eventType);
  const references = [{ name: known.eventType, module: known.module }];
  if (interfaces.has(detailType)) references.push({ name: detailType, module: interfaces.get(detailType) });
  const detail = detailType ? ` The detail is a \`${detailType}\`.` : '';
  return {
    ...event,
    type: { text: known.eventType, references },
    description: `${event.description ?? ''}${detail}`.trim(),
  };
}
