import { s3Sdk, type ObjectStore } from './s3-client';

export interface UploadPolicyInput {
  key: string;
  contentType: string;
  /** The object store refuses a body outside 1..maxBytes. */
  maxBytes: number;
  expiresInSeconds: number;
}

export interface PresignedUpload {
  /** Where the browser POSTs the multipart form. */
  url: string;
  /** Form fields to send before the file, as given (policy, signature, key, Content-Type). */
  fields: Record<string, string>;
  expiresAt: string;
}

/**
 * A presigned POST whose policy pins the key and the content type and bounds the size: the store itself refuses
 * any other key, type or size, an expired policy and a changed signature. The client chooses nothing but bytes.
 */
export async function presignUpload(store: ObjectStore, input: UploadPolicyInput): Promise<PresignedUpload> {
  const { createPresignedPost } = await import('@aws-sdk/s3-presigned-post');
  const expiresAt = new Date(Date.now() + input.expiresInSeconds * 1000);
  const { url, fields } = await createPresignedPost(store.client, {
    Bucket: store.bucket,
    Key: input.key,
    Conditions: [
      ['content-length-range', 1, input.maxBytes],
      ['eq', '$Content-Type', input.contentType],
    ],
    Fields: { 'Content-Type': input.contentType },
    Expires: input.expiresInSeconds,
  });
  return { url, fields, expiresAt: expiresAt.toISOString() };
}

/** A short-lived GET link that downloads the object under `fileName`. */
export async function presignDownload(
  store: ObjectStore,
  input: { key: string; fileName: string; expiresInSeconds: number },
): Promise<{ url: string; expiresAt: string }> {
  const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([
    s3Sdk(),
    import('@aws-sdk/s3-request-presigner'),
  ]);
  const expiresAt = new Date(Date.now() + input.expiresInSeconds * 1000);
  const url = await getSignedUrl(
    store.client,
    new GetObjectCommand({
      Bucket: store.bucket,
      Key: input.key,
      ResponseContentDisposition: contentDisposition(input.fileName),
    }),
    { expiresIn: input.expiresInSeconds },
  );
  return { url, expiresAt: expiresAt.toISOString() };
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so any file name survives. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
