import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

/**
 * Where tenant exports go. The filesystem sink serves development and the CLI; object storage
 * (S3, a later issue) implements the same interface.
 */
export interface ExportSink {
  /** Stores the gzip-compressed lines under `key` and returns a location a person can follow. */
  write(key: string, lines: AsyncIterable<string>): Promise<string>;
}

export function fileExportSink(dir: string): ExportSink {
  return {
    async write(key, lines) {
      const path = resolve(join(dir, `${key}.ndjson.gz`));
      await mkdir(dirname(path), { recursive: true });
      await pipeline(Readable.from(lines), createGzip(), createWriteStream(path));
      return `file://${path}`;
    },
  };
}
