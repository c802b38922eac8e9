import { TenancyError } from '../errors';
import type { MigrationFile } from '../migrations/migration-files';
import type { BackupHeader } from './backup-format';

/**
 * The templates to rebuild the schema as the backup knew it (`base`), and those written since (`forward`),
 * applied after the rows are in so their data steps run on the real data. The backup's templates must be this
 * build's first templates, unedited: a backup from a newer build, or an edited template, is refused.
 */
export function splitTemplates(
  header: BackupHeader,
  files: MigrationFile[],
): { base: MigrationFile[]; forward: MigrationFile[] } {
  header.templates.forEach((template, index) => {
    const file = files[index];
    if (file?.version !== template.version) {
      throw new TenancyError(
        'invalid-backup',
        `the backup was taken at tenant template ${template.version}, which this build does not have ` +
          '(restore it with the release that made it)',
        'from',
      );
    }
    if (file.checksum !== template.checksum) {
      throw new TenancyError(
        'invalid-backup',
        `tenant template ${template.version} differs from the one the backup was taken with`,
        'from',
      );
    }
  });
  return { base: files.slice(0, header.templates.length), forward: files.slice(header.templates.length) };
}
