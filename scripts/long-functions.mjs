// Lists the functions in src/ longer than the limit (80 lines by default) and exits 1 when there are any:
// issue 10 keeps every function short enough to read in one screen. Usage: node scripts/long-functions.mjs [limit]
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const limit = Number(process.argv[2] ?? 80);

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '<anonymous>';
}

const isFunction = (n) =>
  ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessor(n);

const long = [];
for (const file of sourceFiles('src')) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (isFunction(node)) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(node.end).line - first + 1;
      if (lines > limit) long.push({ lines, where: `${file}:${first + 1} ${nameOf(node)}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
long.sort((a, b) => b.lines - a.lines);
for (const f of long) console.log(`${f.lines} lines  ${f.where}`);
if (long.length) {
  console.log(`${long.length} function(s) over ${limit} lines`);
  process.exit(1);
}
