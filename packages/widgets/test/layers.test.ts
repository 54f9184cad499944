import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

interface Import {
  to: string;
  /** Erased when compiled (`import type`, or every name imported is a type). */
  typeOnly: boolean;
}

/** What one module imports from the others, by path from src/. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  const add = (specifier: ts.Node | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
    const to = relative(SRC, resolve(SRC, dirname(file), specifier.text)).replace(/\.js$/, '.ts');
    found.push({ to, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const names = clause?.namedBindings;
      const allTypes =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!names && ts.isNamedImports(names) && names.elements.every((n) => n.isTypeOnly)));
      add(node.moduleSpecifier, allTypes);
    } else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every module of the widgets' sources (tests left out) with what it imports. */
function modules(): Map<string, Import[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'),
  );
  return new Map(files.map((file) => [file, importsOf(file)]));
}

/** A graph of modules (what runs) or of folders (what depends on what, types included). */
function graphOf(all: Map<string, Import[]>, by: 'module' | 'folder'): Map<string, string[]> {
  const folder = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');
  const graph = new Map<string, string[]>();
  for (const [file, imports] of all) {
    const from = by === 'module' ? file : folder(file);
    const edges = graph.get(from) ?? [];
    for (const { to, typeOnly } of imports) {
      if (by === 'module' && !typeOnly) edges.push(to);
      if (by === 'folder' && folder(to) !== from) edges.push(folder(to));
    }
    graph.set(from, edges);
  }
  return graph;
}

/** The import cycles: strongly connected groups of more than one module, or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do group.push((member = stack.pop()!));
    while (member !== node);
    if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the widgets’ module layers', () => {
  const all = modules();

  it('have no import cycle between modules (imports that run; type imports are erased)', () => {
    expect(cycles(graphOf(all, 'module'))).toEqual([]);
  });

  it('have no cycle between folders, types included: core/ uses source/, never the other way', () => {
    expect(cycles(graphOf(all, 'folder'))).toEqual([]);
  });

  it('keep the data pipeline (source/) below the elements: it imports nothing from outside source/', () => {
    const upward = [...all]
      .filter(([file]) => file.startsWith('source/'))
      .flatMap(([file, imports]) =>
        imports.filter(({ to }) => !to.startsWith('source/')).map(({ to }) => `${file} -> ${to}`),
      );
    expect(upward).toEqual([]);
  });

  it('see a cycle when there is one', () => {
    const planted = new Map(all);
    planted.set('source/payload.ts', [
      ...all.get('source/payload.ts')!,
      { to: 'core/base-element.ts', typeOnly: true },
    ]);
    expect(cycles(graphOf(planted, 'folder'))).toEqual([['core', 'source']]);
    planted.set('source/payload.ts', [
      ...all.get('source/payload.ts')!,
      { to: 'core/base-element.ts', typeOnly: false },
    ]);
    expect(cycles(graphOf(planted, 'module')).some((group) => group.includes('source/payload.ts'))).toBe(
      true,
    );
  });
});
