import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { ScriptLoad } from './browser-measure';

export interface ScriptSize {
  path: string;
  rawBytes: number;
  /** gzip -9 of the file in dist (zlib): independent of how the server compresses. */
  gzipBytes: number;
  transferredBytes: number | null;
}

async function sizeOf(distDir: string, path: string): Promise<{ rawBytes: number; gzipBytes: number }> {
  const file = normalize(join(distDir, decodeURIComponent(path)));
  if (!file.startsWith(normalize(distDir))) throw new Error(`script ${path} is outside the build`);
  const body = await readFile(file).catch(() => {
    throw new Error(`the page loaded ${path}, which is not a file of the build in ${distDir}`);
  });
  return { rawBytes: body.length, gzipBytes: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length };
}

/** The scripts a first load fetched, each sized from the build (and as it went over the wire). */
export async function sizeLoadedScripts(distDir: string, loads: ScriptLoad[]): Promise<ScriptSize[]> {
  const unique = new Map(loads.map((load) => [load.path, load]));
  return Promise.all(
    [...unique.values()].map(async (load) => ({
      path: load.path,
      ...(await sizeOf(distDir, load.path)),
      transferredBytes: load.transferredBytes,
    })),
  );
}

/** The scripts dist/index.html itself names (`<script src>`, `<link rel="modulepreload">`), sized from the build. */
export async function sizeEntryScripts(distDir: string): Promise<ScriptSize[]> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const paths = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) paths.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    paths.add(match[1]!);
  return Promise.all(
    [...paths].map(async (path) => ({ path, ...(await sizeOf(distDir, path)), transferredBytes: null })),
  );
}

export function totalKiB(sizes: ScriptSize[], field: 'rawBytes' | 'gzipBytes'): number {
  return sizes.reduce((sum, size) => sum + size[field], 0) / 1024;
}
