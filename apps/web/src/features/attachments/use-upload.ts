import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  attachmentQueries,
  completeAttachment,
  startAttachment,
  type AttachmentSettings,
  type AttachmentSubject,
} from './attachment-queries';
import { formatBytes } from './format';
import { uploadToStore } from './upload-to-store';

/** Why a file cannot be uploaded under these settings, in words naming the limit; null when it may. */
export function refusal(file: File, settings: AttachmentSettings): string | null {
  if (file.size > settings.maxBytes)
    return `${file.name} is ${formatBytes(file.size)}; the largest file allowed is ${formatBytes(settings.maxBytes)}.`;
  if (!settings.contentTypes.includes(file.type))
    return `${file.name} is not an allowed type (${file.type || 'unknown'}); allowed: ${settings.contentTypes.join(', ')}.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}

/** The three steps of an upload (ask the API, POST to the store, complete) with the store POST's progress. */
export function useUpload(subject: AttachmentSubject) {
  const client = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: async (file: File) => {
      setProgress(0);
      const { attachment, upload } = await startAttachment(subject, {
        fileName: file.name,
        contentType: file.type,
        sizeBytes: file.size,
      });
      await uploadToStore(upload, file, setProgress);
      return completeAttachment(subject, attachment.id);
    },
    onSettled: () => {
      setProgress(null);
      return client.invalidateQueries({ queryKey: attachmentQueries.list(subject).queryKey });
    },
  });
  return { ...mutation, progress };
}
