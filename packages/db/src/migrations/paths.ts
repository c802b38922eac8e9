import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding `migrations/` and `tenant-templates/`: the nearest one up from this module. From the
 * sources that is the repository root; from a compiled bundle (`apps/*\/dist`, which carries its own copy)
 * it is the bundle's folder, so a production image needs no source tree.
 */
function migrationsRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'migrations')) && existsSync(join(dir, 'tenant-templates'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no migrations/ and tenant-templates/ above ${start}`);
  }
}

const root = migrationsRoot();
export const PLATFORM_MIGRATIONS_DIR = join(root, 'migrations');
export const TENANT_TEMPLATES_DIR = join(root, 'tenant-templates');
