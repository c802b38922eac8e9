import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { makeAssignment, makeWorkOrder } from '../../test/fixtures';
import { emptyBoardHandlers, http, HttpResponse, list, problem, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';
import type { Attachment } from './attachment-queries';

const order = makeWorkOrder({ number: 'WO-000042' });
const base = `/api/work-orders/${order.id}/attachments`;
const STORE = 'http://store.localhost:7480/dispatch-attachments';
const settings = { enabled: true, maxBytes: 1024 * 1024, contentTypes: ['application/pdf', 'image/jpeg'] };

function makeAttachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: crypto.randomUUID(),
    workOrderId: order.id,
    assignmentId: null,
    fileName: 'site-plan.pdf',
    contentType: 'application/pdf',
    sizeBytes: 2560,
    status: 'uploaded',
    uploadedBy: { sub: 'user-1', name: 'Dana Dispatcher' },
    createdAt: '2026-11-29T08:30:00.000Z',
    completedAt: '2026-11-29T08:30:05.000Z',
    ...overrides,
  };
}

function serve(items: Attachment[], enabled = settings) {
  server.use(
    http.get(url('/api/work-orders'), () => list([order])),
    http.get(url('/api/attachments/settings'), () => HttpResponse.json(enabled)),
    http.get(url(base), () => HttpResponse.json({ items })),
  );
}

async function openFiles() {
  const user = userEvent.setup();
  await renderApp('/board');
  await user.click(await screen.findByRole('button', { name: 'Files of WO-000042' }));
  return { user, panel: screen.getByRole('region', { name: 'Attachments' }) };
}

const pdf = (bytes: number, name = 'permit.pdf') =>
  new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });

describe('attachments panel', () => {
  beforeEach(() => emptyBoardHandlers());

  it('lists name, type, size, who and when, and downloads through the presigned link', async () => {
    const attachment = makeAttachment();
    serve([attachment]);
    server.use(
      http.get(url(`${base}/${attachment.id}/download`), () =>
        HttpResponse.json({ url: `${STORE}/signed?x=1`, expiresAt: '2026-11-29T09:35:00.000Z' }),
      ),
    );
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user, panel } = await openFiles();
    expect(await within(panel).findByText('site-plan.pdf')).toBeInTheDocument();
    expect(within(panel).getByText(/application\/pdf · 2\.5 KB · Dana Dispatcher ·/)).toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(within(panel).getByRole('button', { name: 'Download site-plan.pdf' }));
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith(`${STORE}/signed?x=1`, '_blank', 'noopener'));
    open.mockRestore();
  });

  it('says when there are none yet', async () => {
    serve([]);
    const { panel } = await openFiles();
    expect(await within(panel).findByText('No attachments yet')).toBeInTheDocument();
    expect(within(panel).getByLabelText('Add a file')).toBeInTheDocument();
  });

  it('uploads: asks the API, POSTs the form to the store with progress shown, then completes', async () => {
    const steps: string[] = [];
    let release!: () => void;
    const stored = new Promise<void>((resolve) => (release = resolve));
    const pending = makeAttachment({ fileName: 'permit.pdf', sizeBytes: 300, status: 'pending' });
    let items: Attachment[] = [];
    serve([]);
    server.use(
      http.get(url(base), () => HttpResponse.json({ items })),
      http.post(url(base), async ({ request }) => {
        steps.push(`start ${JSON.stringify(await request.json())}`);
        const upload = {
          url: STORE,
          fields: { key: 'tenants/t/k', policy: 'p' },
          maxBytes: settings.maxBytes,
        };
        return HttpResponse.json(
          { attachment: pending, upload: { ...upload, expiresAt: '2026-11-29T09:35:00.000Z' } },
          { status: 201 },
        );
      }),
      http.post(STORE, async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        steps.push(`store ${[...form.keys()].join(',')} ${file.size}`);
        await stored;
        return new HttpResponse(null, { status: 204, headers: { 'access-control-allow-origin': '*' } });
      }),
      http.post(url(`${base}/${pending.id}/complete`), () => {
        steps.push('complete');
        items = [{ ...pending, status: 'uploaded' }];
        return HttpResponse.json(items[0]);
      }),
    );
    const { user, panel } = await openFiles();
    await user.upload(await within(panel).findByLabelText('Add a file'), pdf(300));

    expect(await within(panel).findByRole('progressbar')).toBeInTheDocument();
    expect(within(panel).getByText('Uploading…')).toBeInTheDocument();
    release();
    expect(await within(panel).findByText('Uploaded permit.pdf.')).toBeInTheDocument();
    expect(await within(panel).findByRole('button', { name: 'Download permit.pdf' })).toBeInTheDocument();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(steps).toEqual([
      'start {"fileName":"permit.pdf","contentType":"application/pdf","sizeBytes":300}',
      'store key,policy,file 300',
      'complete',
    ]);
    await expectNoAxeViolations();
  });

  it('refuses a file over the limit before asking the API, naming the limit', async () => {
    const started = vi.fn();
    serve([]);
    server.use(http.post(url(base), () => (started(), HttpResponse.json({}, { status: 500 }))));
    const { user, panel } = await openFiles();
    await user.upload(await within(panel).findByLabelText('Add a file'), pdf(2 * 1024 * 1024, 'big.pdf'));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'big.pdf is 2 MB; the largest file allowed is 1 MB.',
    );
    expect(started).not.toHaveBeenCalled();
  });

  it('says attachments are not enabled and offers no upload when the settings say so', async () => {
    serve([], { enabled: false, maxBytes: 0, contentTypes: [] });
    const { panel } = await openFiles();
    expect(await within(panel).findByText('Attachments are not enabled')).toBeInTheDocument();
    expect(within(panel).queryByLabelText('Add a file')).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('treats a 404 attachments-disabled answer as off', async () => {
    serve([]);
    server.use(
      http.get(url('/api/attachments/settings'), () =>
        problem(404, 'attachments-disabled', 'Attachments are not enabled on this server.'),
      ),
    );
    const { panel } = await openFiles();
    expect(await within(panel).findByText('Attachments are not enabled')).toBeInTheDocument();
    expect(within(panel).queryByLabelText('Add a file')).not.toBeInTheDocument();
  });

  it('deletes after a confirmation', async () => {
    const attachment = makeAttachment();
    let items = [attachment];
    const deleted: string[] = [];
    serve(items);
    server.use(
      http.get(url(base), () => HttpResponse.json({ items })),
      http.delete(url(`${base}/${attachment.id}`), () => {
        deleted.push(attachment.id);
        items = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, panel } = await openFiles();
    await user.click(await within(panel).findByRole('button', { name: 'Delete site-plan.pdf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this attachment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Delete site-plan.pdf' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await within(panel).findByText('No attachments yet')).toBeInTheDocument();
    expect(deleted).toEqual([attachment.id]);
    expect(screen.getByText('Deleted site-plan.pdf.')).toBeInTheDocument();
  });
});

describe('attachments on the driver card', () => {
  it("lists the assignment's files and lets the driver delete only what they uploaded", async () => {
    const assignment = makeAssignment({ workOrderId: order.id, workOrderNumber: order.number });
    const own = makeAttachment({
      fileName: 'proof.jpg',
      contentType: 'image/jpeg',
      assignmentId: assignment.id,
    });
    const theirs = makeAttachment({ uploadedBy: { sub: 'user-9', name: 'Dana Dispatcher' } });
    server.use(
      http.get(url('/api/dispatch/assignments'), () => list([assignment])),
      http.get(url(`/api/work-orders/${order.id}`), () => HttpResponse.json(order)),
      http.get(url('/api/attachments/settings'), () => HttpResponse.json(settings)),
      http.get(url(`/api/dispatch/assignments/${assignment.id}/attachments`), () =>
        HttpResponse.json({ items: [own, theirs] }),
      ),
    );
    await renderApp('/driver', { me: { roles: ['driver'] } });
    const panel = await screen.findByRole('region', { name: 'Attachments' });
    expect(await within(panel).findByText('proof.jpg')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Delete proof.jpg' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Delete site-plan.pdf' })).not.toBeInTheDocument();
    expect(within(panel).getByLabelText('Add a file')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
