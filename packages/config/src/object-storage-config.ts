import type { VariableReaders } from './vault-config';

type Env = Record<string, string | undefined>;

/** Content types an attachment may have unless ATTACHMENT_CONTENT_TYPES says otherwise. */
export const DEFAULT_ATTACHMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'text/plain',
] as const;

function contentTypes(env: Env, name: string, read: VariableReaders): string[] {
  const fallback = DEFAULT_ATTACHMENT_CONTENT_TYPES.join(',');
  const raw = read.optional(env, name, 'comma-separated media types (type/subtype)', fallback) ?? fallback;
  const types = raw
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  for (const type of types) {
    if (!/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type)) {
      read.problem(name, `must list media types such as image/png, got "${type}"`);
    }
  }
  if (types.length === 0) read.problem(name, 'must list at least one media type');
  return [...new Set(types)];
}

/**
 * The S3-compatible object store: attachments, and (with EXPORT_STORAGE=s3) tenant exports and backups.
 * Unset S3_BUCKET means no object store: attachments are off and exports stay on the filesystem. Keys may be
 * left unset for the SDK's own chain (web identity in Kubernetes, instance roles).
 */
export function objectStorageConfig(env: Env, read: VariableReaders) {
  const bucket = read.optional(env, 'S3_BUCKET', 'S3 bucket name');
  const s3 = {
    endpoint: read.url(env, 'S3_ENDPOINT', ['http', 'https'], false),
    region: read.text(env, 'S3_REGION', 'us-east-1'),
    bucket: bucket ?? '',
    accessKeyId: read.optional(env, 'S3_ACCESS_KEY_ID'),
    secretAccessKey: read.optional(env, 'S3_SECRET_ACCESS_KEY'),
    forcePathStyle: read.flag(env, 'S3_FORCE_PATH_STYLE'),
  };
  if (bucket !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    read.problem(
      'S3_BUCKET',
      `must be an S3 bucket name (3–63 lower-case letters, digits, dots, hyphens), got "${bucket}"`,
    );
  }
  if ((s3.accessKeyId === undefined) !== (s3.secretAccessKey === undefined)) {
    read.problem(
      'S3_SECRET_ACCESS_KEY',
      'and S3_ACCESS_KEY_ID must be set together (or both left to the SDK)',
    );
  }
  const exportsTo = read.oneOf(env, 'EXPORT_STORAGE', ['filesystem', 's3'] as const, 'filesystem');
  if (exportsTo === 's3' && bucket === undefined)
    read.problem('EXPORT_STORAGE', 'is s3 but S3_BUCKET is not set');
  return {
    s3: bucket === undefined ? undefined : s3,
    /** Where tenant exports and backups go. */
    exportsTo,
    attachments: {
      maxBytes: read.integer(env, 'ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1, 5 * 1024 * 1024 * 1024),
      contentTypes: contentTypes(env, 'ATTACHMENT_CONTENT_TYPES', read),
      uploadExpirySeconds: read.integer(env, 'ATTACHMENT_UPLOAD_EXPIRY_SECONDS', 300, 1, 3600),
      downloadExpirySeconds: read.integer(env, 'ATTACHMENT_DOWNLOAD_EXPIRY_SECONDS', 300, 1, 3600),
    },
  };
}

export type ObjectStorageConfig = ReturnType<typeof objectStorageConfig>;
export type S3Config = NonNullable<ObjectStorageConfig['s3']>;
