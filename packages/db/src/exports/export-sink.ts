import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

export interface StoredExport {
  /** Where it went, as a URL a person can follow and `read` accepts (`file:///…`, later `s3://…`). */
  location: string;
  /** Compressed size. */
  bytes: number;
}

/**
 * Where tenant exports and backups go. The filesystem sink serves development, the CLI and a volume-backed
 * CronJob; object storage (S3, a later issue) implements the same three calls.
 */
export interface ExportSink {
  /** Stores the chunks gzip-compressed under `key` + `.gz`. */
  write(
    key: string,
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  ): Promise<StoredExport>;
  /** The decompressed content of a stored export: a location `write` returned (or, for files, a path). */
  read(location: string): Promise<Readable>;
  /** Locations of the exports whose key starts with `prefix` (a folder, `/`-separated), oldest key first. */
  list(prefix: string): Promise<string[]>;
}

export function fileExportSink(dir: string): ExportSink {
  const root = resolve(dir);
  const toPath = (location: string) =>
    location.startsWith('file:')
      ? fileURLToPath(location)
      : isAbsolute(location)
        ? location
        : resolve(location);
  return {
    async write(key, chunks) {
      const path = resolve(join(root, `${key}.gz`));
      await mkdir(dirname(path), { recursive: true });
      // Written aside, then renamed: an interrupted export never looks like a complete one.
      const partial = `${path}.partial`;
      try {
        await pipeline(Readable.from(chunks), createGzip(), createWriteStream(partial));
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return { location: pathToFileURL(path).href, bytes: (await stat(path)).size };
    },
    async read(location) {
      const path = toPath(location);
      await stat(path); // a missing file fails here, with its path, instead of midway through a stream
      const gunzip = createGunzip();
      const file = createReadStream(path);
      file.on('error', (error) => gunzip.destroy(error));
      return file.pipe(gunzip);
    },
    async list(prefix) {
      const folder = resolve(join(root, prefix));
      const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw error;
      });
      return names
        .filter((name) => name.endsWith('.gz'))
        .sort()
        .map((name) => pathToFileURL(join(folder, name)).href);
    },
  };
}
