// The elements are registered by `defineElement('cst-x', CstX)` (src/cst-*.ts), which the
// analyzer does not know: it only reads `customElements.define` calls. This plugin records each
// call as the custom-element-definition export the analyzer would have made, so its own
// post-processing gives the class its `tagName` and `customElement: true`.
import { dirname, join } from 'node:path';

/** The module path (as the manifest writes it, `src/…ts`) that a class name is imported from. */
function importedFrom(ts, sourceFile, modulePath, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const named = statement.importClause?.namedBindings;
    if (!named || !ts.isNamedImports(named)) continue;
    if (!named.elements.some((element) => element.name.text === name)) continue;
    return join(dirname(modulePath), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
  }
  return modulePath;
}

export function defineCallsPlugin({ functionName = 'defineElement' } = {}) {
  return {
    name: 'cst-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== functionName) return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const module = importedFrom(ts, node.getSourceFile(), moduleDoc.path, klass.text);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // defineElement's own `customElements.define(tag, constructor)` names no element.
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || e.name.includes('-'),
        );
        // The analyzer marks every LitElement subclass; an abstract base with no tag is not an element.
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}
