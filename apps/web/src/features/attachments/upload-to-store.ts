/**
 * Step 2 of an upload: POST the presigned form straight to the object store (every field, then the file as
 * `file`). XMLHttpRequest rather than fetch because only it reports upload progress.
 */
export function uploadToStore(
  upload: { url: string; fields: Record<string, string> },
  file: File,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', file);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', upload.url);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve();
      } else reject(new Error(`The file store refused the upload (HTTP ${xhr.status}).`));
    };
    xhr.onerror = () => reject(new Error('The file store could not be reached.'));
    xhr.send(form);
  });
}
