import type { PresignedUpload } from './presign';

/**
 * Sends a file the way a browser form does: the policy's fields first, the file last (S3 ignores fields after
 * it). Used by tests and tools; the web app builds the same form with XMLHttpRequest for progress.
 */
export async function postToPresignedUpload(
  upload: Pick<PresignedUpload, 'url' | 'fields'>,
  body: Uint8Array,
  fileName = 'file',
): Promise<{ status: number; text: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([body]), fileName);
  const response = await fetch(upload.url, { method: 'POST', body: form });
  return { status: response.status, text: await response.text() };
}
