import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { TenancyError } from '../errors';
import {
  BACKUP_FORMAT_VERSION,
  END_OF_ROWS,
  isBackupHeader,
  type BackupHeader,
  type BackupLine,
} from './backup-format';

const invalid = (message: string) => new TenancyError('invalid-backup', message, 'from');

/**
 * Reads a backup file (decompressed) line by line, section by section. One shared iterator: each table's rows
 * are pulled straight into its COPY, so the file is never held in memory.
 */
export class BackupReader {
  private readonly lines: AsyncIterator<string>;
  private lineNumber = 0;

  constructor(input: Readable) {
    this.lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  }

  private async next(): Promise<string> {
    const { value, done } = await this.lines.next();
    if (done) throw invalid('the backup ends early (truncated file?)');
    this.lineNumber += 1;
    return value;
  }

  private async control<K extends BackupLine['kind']>(kind: K): Promise<Extract<BackupLine, { kind: K }>> {
    const line = await this.next();
    let parsed: { kind?: unknown };
    try {
      parsed = JSON.parse(line) as { kind?: unknown };
    } catch {
      throw invalid(`line ${this.lineNumber} of the backup is not a ${kind} record`);
    }
    if (parsed.kind !== kind) throw invalid(`line ${this.lineNumber} of the backup is not a ${kind} record`);
    return parsed as Extract<BackupLine, { kind: K }>;
  }

  async header(): Promise<BackupHeader> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await this.next());
    } catch (error) {
      if (error instanceof TenancyError) throw error;
      throw invalid('not a Dispatch tenant backup (the first line is not its header)');
    }
    if (!isBackupHeader(parsed)) throw invalid('not a Dispatch tenant backup (unknown header)');
    if (parsed.format !== BACKUP_FORMAT_VERSION) {
      throw invalid(
        `backup format ${String(parsed.format)} is not supported (expected ${BACKUP_FORMAT_VERSION})`,
      );
    }
    return parsed;
  }

  async tableStart(name: string): Promise<void> {
    const line = await this.control('table');
    if (line.name !== name) throw invalid(`expected the rows of ${name}, found ${line.name}`);
  }

  /**
   * The table's rows up to the end marker, each through `map` (which may throw to reject a row), joined into
   * chunks of about `chunkSize` characters: COPY gets few large messages instead of one per row.
   */
  async *rows(map: (line: string) => string, chunkSize = 1 << 16): AsyncGenerator<string> {
    let chunk = '';
    for (;;) {
      const line = await this.next();
      if (line === END_OF_ROWS) break;
      chunk += `${map(line)}\n`;
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }

  async tableEnd(name: string): Promise<number> {
    const line = await this.control('table-end');
    if (line.name !== name) throw invalid(`expected the end of ${name}, found ${line.name}`);
    return line.rows;
  }

  async end(): Promise<{ tables: number; rows: number }> {
    return this.control('end');
  }
}
