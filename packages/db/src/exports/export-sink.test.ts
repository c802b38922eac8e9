import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileExportSink, type ExportSink } from './export-sink';

let dir: string;
let sink: ExportSink;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-sink-'));
  sink = fileExportSink(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function* lines(count: number, failAfter?: number) {
  for (let i = 0; i < count; i += 1) {
    if (i === failAfter) throw new Error('the source broke');
    yield `line ${i}\n`;
  }
}

describe('fileExportSink', () => {
  it('writes gzip, reads it back, and lists a folder oldest key first', async () => {
    const second = await sink.write('backups/acme/acme-2', lines(3));
    const first = await sink.write('backups/acme/acme-1', [Buffer.from('bytes\n')]);
    expect(second.location).toBe(`file://${dir}/backups/acme/acme-2.gz`);
    expect(second.bytes).toBeGreaterThan(0);
    expect(await text(await sink.read(second.location))).toBe('line 0\nline 1\nline 2\n');
    expect(await text(await sink.read(join(dir, 'backups/acme/acme-1.gz')))).toBe('bytes\n');
    expect(await sink.list('backups/acme/')).toEqual([first.location, second.location]);
    expect(await sink.list('backups/nobody/')).toEqual([]);
  });

  it('leaves nothing behind when the source fails midway, so no half export looks complete', async () => {
    await expect(sink.write('backups/broken/broken-1', lines(10, 5))).rejects.toThrow('the source broke');
    expect(await readdir(join(dir, 'backups/broken'))).toEqual([]);
    expect(await sink.list('backups/broken/')).toEqual([]);
  });

  it('fails to read a missing export with its path', async () => {
    await expect(sink.read(join(dir, 'missing.gz'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
