#!/usr/bin/env node
/**
 * Compiles a Node app of the workspace (apps/api, apps/cli) into `dist/` so production runs `node dist/main.js`
 * rather than TypeScript through tsx. esbuild bundles the app with the workspace packages it imports
 * (`@dispatch/*` export their TypeScript sources), and leaves every npm package external: those are installed
 * as the app's production dependencies. The build fails when the bundle imports a package the app does not
 * declare in `dependencies` (it would be missing from a production install). The migration folders are copied
 * next to the bundle, where @dispatch/db looks for them first.
 *
 *   node scripts/build-node-app.mjs apps/api [--outdir <dir>]
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const [appArg, ...rest] = process.argv.slice(2);
if (!appArg) {
  process.stderr.write('usage: build-node-app.mjs <app dir> [--outdir <dir>]\n');
  process.exit(2);
}
const appDir = resolve(repoRoot, appArg);
const outIndex = rest.indexOf('--outdir');
const outDir = outIndex >= 0 ? resolve(rest[outIndex + 1]) : join(appDir, 'dist');
const manifest = JSON.parse(await readFile(join(appDir, 'package.json'), 'utf8'));
const declared = new Set(Object.keys(manifest.dependencies ?? {}));

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

const externals = new Map();
const keepNpmPackagesExternal = {
  name: 'npm-packages-external',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./#]/ }, (args) => {
      if (args.path.startsWith('@dispatch/') || builtins.has(args.path)) return undefined;
      const name = packageOf(args.path);
      if (!externals.has(name)) externals.set(name, relative(repoRoot, args.importer));
      return { path: args.path, external: true };
    });
  },
};

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const started = Date.now();
const result = await build({
  entryPoints: { main: join(appDir, 'src/main.ts') },
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // Workspace packages declare "#src/*" imports and TypeScript exports; esbuild resolves both.
  conditions: ['import', 'node'],
  plugins: [keepNpmPackagesExternal],
  logLevel: 'warning',
  metafile: true,
});

const undeclared = [...externals].filter(([name]) => !declared.has(name));
if (undeclared.length > 0) {
  process.stderr.write(
    `${relative(repoRoot, appDir)}: the bundle imports packages missing from its dependencies:\n` +
      undeclared.map(([name, importer]) => `  ${name} (imported by ${importer})`).join('\n') +
      '\n',
  );
  process.exit(1);
}

for (const folder of ['migrations', 'tenant-templates'])
  await cp(join(repoRoot, folder), join(outDir, folder), { recursive: true });
// The bundle is ESM whatever the nearest package.json says.
await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n');

const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
process.stdout.write(
  `${relative(repoRoot, appDir)} → ${relative(repoRoot, outDir) || outDir}/main.js ` +
    `(${(bytes / 1024).toFixed(0)} KiB with source map, ${externals.size} npm packages external, ` +
    `${Date.now() - started} ms)\n`,
);
