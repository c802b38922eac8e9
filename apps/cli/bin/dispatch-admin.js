#!/usr/bin/env node
// Production runs the compiled bundle (`pnpm --filter @dispatch/cli build` writes dist/main.js). In the workspace,
// the TypeScript sources run through tsx, unless a build at least as new as every source it bundles is there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const src = fileURLToPath(new URL('../src', import.meta.url));
// The workspace packages the bundle includes (absent from a production install).
const packages = fileURLToPath(new URL('../../../packages', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = [src, packages].filter((dir) => existsSync(dir));
const useDist = existsSync(dist) && sources.every((dir) => statSync(dist).mtimeMs >= newestSource(dir));
if (useDist) {
  await import(dist);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
