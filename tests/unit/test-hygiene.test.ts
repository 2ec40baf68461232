/**
 * The tests' own rule: nothing is computed while vitest collects the tests. Converting a plan,
 * reading a file or building a view at a test file's top level or in a `describe` body runs when
 * the file is loaded: for every file of a filtered run, before the first test, outside any test's
 * timeout and report, and its failure names no test. Such work belongs in `beforeAll` or in the `it`.
 *
 * Checked here, simply: in every test file, the module's top level and the body of every callback
 * given to `describe` (at any depth) may call only the functions that register tests and hooks
 * (ALLOWED below). Anything else called there, including inside the arguments of an allowed call
 * (`it.each(model.pages.map(…))`), is reported with its file and line. A call inside any other
 * function (a test, a hook, a helper defined for later) is not looked at: it runs when a test runs.
 * Data tables written as literals (`const cases = [['a', 1], …]`) call nothing and pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../support/plans.ts';

/**
 * What may be called while collecting: vitest's registration functions (with their modifiers and
 * `.each` tables: `it.each(table)(name, fn)`), `vi.mock` and `vi.hoisted` (vitest hoists them to
 * register a module stand-in), `inject` (reads a value the e2e global setup provided, such as the
 * served site's address) and the helpers that only register hooks for a file (tests/support/e2e/).
 */
const ALLOWED = new Set(['describe', 'it', 'test', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach', 'vi.mock', 'vi.hoisted', 'expect.extend', 'inject', 'useBrowser', 'useFixtureSite']);

/** The name a call is made by, without vitest's modifiers: it.skip.each → it, vi.mock → vi.mock. */
function calleeName(call: ts.CallExpression): string | null {
  let e: ts.Expression = call.expression;
  // it.each(table)(name, fn): the outer call's callee is itself a call.
  while (ts.isCallExpression(e)) e = e.expression;
  const parts: string[] = [];
  while (ts.isPropertyAccessExpression(e)) {
    parts.unshift(e.name.text);
    e = e.expression;
  }
  if (!ts.isIdentifier(e)) return null;
  const head = e.text;
  if (head === 'vi' || head === 'expect') return `${head}.${parts[0] ?? ''}`;
  return head;
}

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration => ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n) || ts.isConstructorDeclaration(n);

/** Calls made while the file is collected: `file:line: text` for each not allowed. */
export function collectionTimeCalls(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // A function's body runs later (a test, a hook, a helper), unless it is a describe callback,
    // which vitest runs while collecting: those are entered from the describe call below.
    if (isFunction(node)) return;
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      if (name === null || !ALLOWED.has(name)) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        found.push(`${file}:${line + 1}: ${node.getText(sf).split('\n')[0].slice(0, 100)}`);
        return;
      }
      // The callee chain (it.each(table) holds arguments too) and the arguments are collected now.
      visit(node.expression);
      for (const arg of node.arguments) {
        if (name === 'describe' && isFunction(arg) && arg.body) ts.forEachChild(arg.body, visit);
        else visit(arg);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.test.ts'))
    .map((d) => join(d.parentPath, d.name));

describe('test hygiene: nothing computed while the tests are collected', () => {
  it('no test file calls anything at its top level or in a describe body but the registration functions', () => {
    const offending = testFiles(join(root, 'tests')).flatMap((f) => collectionTimeCalls(relative(root, f), readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('the check finds a call at the top level, in a describe body and in an allowed call’s arguments, and passes work done in tests and hooks', () => {
    const source = [
      "const model = load('plan');",
      "describe('a', () => {",
      "  const view = build(model);",
      "  it.each(rows.map((r) => r.id))('row %s', (id) => { expect(check(id)).toBe(true); });",
      "  describe('b', () => { read(); });",
      "  beforeAll(() => { convert(); });",
      "  it('c', () => { convert(); });",
      '});',
      'const later = () => convert();',
      "const table = [['a', 1], ['b', 2]];",
    ].join('\n');
    expect(collectionTimeCalls('x.test.ts', source)).toEqual([
      "x.test.ts:1: load('plan')",
      'x.test.ts:3: build(model)',
      'x.test.ts:4: rows.map((r) => r.id)',
      'x.test.ts:5: read()',
    ]);
  });
});
