import { fileURLToPath } from 'node:url';

/** The repository's migration folders, resolved from this file so any app or tool finds them. */
export const PLATFORM_MIGRATIONS_DIR = fileURLToPath(new URL('../../../../migrations', import.meta.url));
export const TENANT_TEMPLATES_DIR = fileURLToPath(new URL('../../../../tenant-templates', import.meta.url));
