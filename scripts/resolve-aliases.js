#!/usr/bin/env node
/**
 * tsc does not rewrite tsconfig `paths`, so the built code would `require('@kernel/…')`, which Node
 * cannot resolve. After `tsc -p tsconfig.build.json` this turns every alias in the emitted JavaScript
 * back into the relative path it stands for. Usage: node scripts/resolve-aliases.js <outDir>
 * (the outDir's root is src/, as tsconfig.build.json's rootDir says).
 */
const { readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, relative, sep } = require('node:path');

const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, '..', 'tsconfig.json'), 'utf8'));
// "@kernel/*": ["src/kernel/*"] → prefix "@kernel/" maps to "kernel/" under the outDir.
const aliases = Object.entries(compilerOptions.paths ?? {}).map(([alias, [target]]) => ({
  prefix: alias.replace(/\*$/, ''),
  target: target.replace(/^src\//, '').replace(/\*$/, ''),
}));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });
}

function resolveIn(outDir, file, specifier) {
  const alias = aliases.find((a) => specifier.startsWith(a.prefix));
  if (!alias) return specifier;
  const target = join(outDir, alias.target, specifier.slice(alias.prefix.length));
  const path = relative(dirname(file), target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/resolve-aliases.js <outDir>');
let rewritten = 0;
for (const file of files(outDir)) {
  const code = readFileSync(file, 'utf8');
  const next = code.replace(/require\("(@[^"]+)"\)/g, (match, specifier) => `require("${resolveIn(outDir, file, specifier)}")`);
  if (next !== code) {
    writeFileSync(file, next);
    rewritten++;
  }
}
process.stdout.write(`resolve-aliases: ${rewritten} files in ${outDir}\n`);
