import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useState } from 'react';
import { isApiError } from '../../api/problem';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Empty, ErrorState, Loading } from '../../ui/States';
import {
  attachmentQueries,
  deleteAttachment,
  downloadLink,
  type Attachment,
  type AttachmentSubject,
} from './attachment-queries';
import { AttachmentUpload } from './AttachmentUpload';
import { formatBytes } from './format';

interface AttachmentsPanelProps {
  subject: AttachmentSubject;
  /** Whether this user may upload here (docs/attachments.md, "Who may do what"). */
  mayUpload: boolean;
  mayDelete: (attachment: Attachment) => boolean;
  /** Keeps the page's heading outline intact: 3 under a board panel, 2 on the driver's card. */
  headingLevel?: 2 | 3;
}

const isDisabled = (error: unknown) =>
  isApiError(error) && error.problem.type.endsWith('/attachments-disabled');

/** The files of a work order or an assignment: list, download, delete (confirmed) and upload. */
export function AttachmentsPanel({ subject, mayUpload, mayDelete, headingLevel = 3 }: AttachmentsPanelProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const settings = useQuery(attachmentQueries.settings());
  const enabled = settings.data?.enabled === true;
  const list = useQuery({ ...attachmentQueries.list(subject), enabled });
  const client = useQueryClient();
  const [confirming, setConfirming] = useState<Attachment | null>(null);
  const [outcome, setOutcome] = useState('');
  const download = useMutation({
    mutationFn: (attachment: Attachment) => downloadLink(subject, attachment.id),
    onSuccess: ({ url }) => void window.open(url, '_blank', 'noopener'),
  });
  const remove = useMutation({
    mutationFn: (attachment: Attachment) => deleteAttachment(subject, attachment.id),
    onSuccess: (_, attachment) => {
      setConfirming(null);
      setOutcome(`Deleted ${attachment.fileName}.`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: attachmentQueries.list(subject).queryKey }),
  });

  let body;
  if (settings.isPending || (enabled && list.isPending)) body = <Loading label="Loading attachments…" />;
  else if (!enabled && !settings.isError) body = <Empty title="Attachments are not enabled" />;
  else if (isDisabled(settings.error) || isDisabled(list.error))
    body = <Empty title="Attachments are not enabled" />;
  else if (settings.isError || list.isError)
    body = (
      <ErrorState
        error={settings.error ?? list.error}
        title="Could not load attachments"
        onRetry={() => void (settings.isError ? settings.refetch() : list.refetch())}
      />
    );
  else
    body = (
      <>
        {list.data?.length ? (
          <ul className="divide-y divide-slate-100">
            {list.data.map((attachment) => (
              <li key={attachment.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
                <span className="font-medium break-all">{attachment.fileName}</span>
                <span className="text-slate-600">
                  {attachment.contentType} · {formatBytes(attachment.sizeBytes)} ·{' '}
                  {attachment.uploadedBy.name ?? attachment.uploadedBy.sub} ·{' '}
                  <time dateTime={attachment.createdAt}>
                    {format(new Date(attachment.createdAt), 'd MMM yyyy HH:mm')}
                  </time>
                </span>
                <span className="ml-auto flex gap-2">
                  <Button
                    size="sm"
                    aria-label={`Download ${attachment.fileName}`}
                    pending={download.isPending && download.variables?.id === attachment.id}
                    onClick={() => download.mutate(attachment)}
                  >
                    Download
                  </Button>
                  {mayDelete(attachment) && (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Delete ${attachment.fileName}`}
                      onClick={() => setConfirming(attachment)}
                    >
                      Delete
                    </Button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Empty title="No attachments yet" />
        )}
        {download.isError && (
          <p role="alert" className="mt-2 text-sm text-red-900">
            The download link could not be fetched: {download.error.message}
          </p>
        )}
        {mayUpload && settings.data && <AttachmentUpload subject={subject} settings={settings.data} />}
      </>
    );

  return (
    <section aria-label="Attachments" className="mt-3">
      <Heading className="text-sm font-semibold text-slate-800">Attachments</Heading>
      <div className="mt-1">{body}</div>
      <p role="status" className="sr-only">
        {outcome}
      </p>
      <Dialog
        open={confirming !== null}
        onOpenChange={(open) => !open && setConfirming(null)}
        title="Delete this attachment?"
        description={confirming ? `${confirming.fileName} will be removed for everyone.` : undefined}
      >
        {remove.isError && (
          <p role="alert" className="mb-3 text-sm text-red-900">
            {remove.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={() => setConfirming(null)}>Cancel</Button>
          <Button
            variant="danger"
            pending={remove.isPending}
            onClick={() => confirming && remove.mutate(confirming)}
          >
            Delete
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
