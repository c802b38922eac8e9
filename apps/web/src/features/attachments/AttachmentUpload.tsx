import { useId, useState } from 'react';
import type { AttachmentSettings, AttachmentSubject } from './attachment-queries';
import { formatBytes } from './format';
import { refusal, useUpload } from './use-upload';

/** The file input, checked against the settings before the API is asked, with progress and the outcome. */
export function AttachmentUpload({
  subject,
  settings,
}: {
  subject: AttachmentSubject;
  settings: AttachmentSettings;
}) {
  const id = useId();
  const upload = useUpload(subject);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again fires another change
    if (!file) return;
    setDone(null);
    const refused = refusal(file, settings);
    setProblem(refused);
    if (refused) return;
    upload.mutate(file, {
      onSuccess: (attachment) => setDone(`Uploaded ${attachment.fileName}.`),
      onError: (error) => setProblem(`${file.name} was not uploaded: ${error.message}`),
    });
  };

  const percent = upload.progress === null ? null : Math.round(upload.progress * 100);
  return (
    <div className="mt-3 grid gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Add a file
      </label>
      <input
        id={id}
        type="file"
        accept={settings.contentTypes.join(',')}
        aria-describedby={`${id}-hint`}
        disabled={upload.isPending}
        className="text-sm"
        onChange={(event) => choose(event.currentTarget)}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        Up to {formatBytes(settings.maxBytes)}: {settings.contentTypes.join(', ')}
      </p>
      {percent !== null && (
        <progress
          max={100}
          value={percent}
          aria-label={`Upload progress ${percent}%`}
          className="h-2 w-full"
        />
      )}
      <p role="status" className="text-sm text-slate-700">
        {upload.isPending ? 'Uploading…' : (done ?? '')}
      </p>
      {problem && (
        <p role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-900">
          {problem}
        </p>
      )}
    </div>
  );
}
