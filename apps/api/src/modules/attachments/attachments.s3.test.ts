import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToPresignedUpload, statObject } from '@dispatch/object-storage';
import { createTestBucket, type TestBucket } from '@dispatch/testkit';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import {
  adminTenant,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  tenantClient,
  type Json,
  type TenantClient,
} from '#src/test/fleet-fixtures';

// Every upload here goes to Ceph RGW (the s3 test project's gateway): the refusals are the object store's own.
let ctx: ApiTestContext;
let bucket: TestBucket;
const MAX = 10 * 1024 * 1024;

beforeAll(async () => {
  bucket = await createTestBucket('attachments');
  ctx = await createApiTestContext({ ...bucket.env, ATTACHMENT_MAX_BYTES: String(MAX) });
});
afterAll(async () => {
  await ctx?.close();
  await bucket?.drop();
});

const png = (size: number) => new Uint8Array(size).fill(137);

async function start(client: TenantClient, base: string, input: Partial<Json> = {}) {
  return client.post(`${base}/attachments`, {
    fileName: 'site plan.png',
    contentType: 'image/png',
    sizeBytes: 2048,
    ...input,
  });
}

/** Starts an upload, sends `body` to the store as a browser would, and completes it. */
async function attach(client: TenantClient, base: string, body = png(2048), input: Partial<Json> = {}) {
  const started = await start(client, base, { sizeBytes: body.length, ...input });
  expect(started.status).toBe(201);
  expect((await postToPresignedUpload(started.body.upload, body)).status).toBe(204);
  const completed = await client.post(`${base}/attachments/${started.body.attachment.id}/complete`);
  expect(completed.status).toBe(200);
  return completed.body;
}

describe('attachments on work orders (real S3: Ceph RGW)', () => {
  it('uploads within the limits straight to the store, lists, downloads and deletes it', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'att');
    const order = await createWorkOrder(admin);
    const base = `/api/work-orders/${order.id}`;
    const started = await start(admin, base);
    expect(started.status).toBe(201);
    const key: string = started.body.upload.fields.key;
    expect(key).toBe(`tenants/${tenant.row.id}/work-orders/${order.id}/${started.body.attachment.id}`);
    expect(started.body.attachment.status).toBe('pending');
    expect((await admin.get(`${base}/attachments`)).body.items).toEqual([]);

    expect((await postToPresignedUpload(started.body.upload, png(2048))).status).toBe(204);
    const done = await admin.post(`${base}/attachments/${started.body.attachment.id}/complete`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'uploaded', sizeBytes: 2048, contentType: 'image/png' });
    expect((await admin.get(`${base}/attachments`)).body.items.map((item: Json) => item.id)).toEqual([
      started.body.attachment.id,
    ]);

    const link = await admin.get(`${base}/attachments/${done.body.id}/download`);
    expect(link.status).toBe(200);
    const file = await fetch(link.body.url);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(png(2048));

    const audit = await admin.get(`/api/audit?entityId=${done.body.id}`);
    expect(audit.body.items.map((event: Json) => event.action).sort()).toEqual([
      'attachment.requested',
      'attachment.uploaded',
    ]);

    expect((await admin.delete(`${base}/attachments/${done.body.id}`)).status).toBe(204);
    expect((await admin.get(`${base}/attachments`)).body.items).toEqual([]);
    expect(await statObject(bucket.store, key)).toBeUndefined();
  });

  it('has the store refuse 0 bytes, 10 MB + 1, another content type, another key, a changed signature', async () => {
    const { admin } = await adminTenant(ctx, 'att');
    const order = await createWorkOrder(admin);
    const base = `/api/work-orders/${order.id}`;
    const { upload } = (await start(admin, base, { sizeBytes: MAX })).body;
    expect((await postToPresignedUpload(upload, png(0))).status).toBe(400);
    const large = await postToPresignedUpload(upload, png(MAX + 1));
    expect(large.status).toBe(400);
    expect(large.text).toContain('EntityTooLarge');
    const html = { ...upload, fields: { ...upload.fields, 'Content-Type': 'text/html' } };
    expect((await postToPresignedUpload(html, png(10))).status).toBe(403);
    const elsewhere = `tenants/someone-else/work-orders/${order.id}/x`;
    const moved = { ...upload, fields: { ...upload.fields, key: elsewhere } };
    expect((await postToPresignedUpload(moved, png(10))).status).toBe(403);
    const signature: string = upload.fields['X-Amz-Signature'];
    const changed = `${signature.slice(0, -1)}${signature.endsWith('a') ? 'b' : 'a'}`;
    const tampered = { ...upload, fields: { ...upload.fields, 'X-Amz-Signature': changed } };
    expect((await postToPresignedUpload(tampered, png(10))).status).toBe(403);
    expect(await statObject(bucket.store, upload.fields.key)).toBeUndefined();
    expect(await statObject(bucket.store, elsewhere)).toBeUndefined();
    // The API refuses what it can see before any upload: a type outside the list, a size over the limit.
    const refused = await start(admin, base, { contentType: 'text/html' });
    expect([refused.status, refused.body.errors[0].field]).toEqual([400, 'contentType']);
    const tooLarge = await start(admin, base, { sizeBytes: MAX + 1 });
    expect([tooLarge.status, tooLarge.body.errors[0].field]).toEqual([400, 'sizeBytes']);
  });

  it('has the store refuse an expired policy', async () => {
    const short = await createApiTestContext({ ...bucket.env, ATTACHMENT_UPLOAD_EXPIRY_SECONDS: '1' });
    try {
      const { admin } = await adminTenant(short, 'att');
      const order = await createWorkOrder(admin);
      const { upload, attachment } = (await start(admin, `/api/work-orders/${order.id}`)).body;
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const late = await postToPresignedUpload(upload, png(2048));
      expect(late.status).toBe(403);
      const complete = await admin.post(`/api/work-orders/${order.id}/attachments/${attachment.id}/complete`);
      expect([complete.status, complete.body.type]).toEqual([409, expect.stringContaining('not-uploaded')]);
    } finally {
      await short.close();
    }
  });

  it('answers 4xx to complete an upload that never happened or differs from what was declared', async () => {
    const { admin } = await adminTenant(ctx, 'att');
    const order = await createWorkOrder(admin);
    const base = `/api/work-orders/${order.id}`;
    const never = (await start(admin, base)).body.attachment;
    const response = await admin.post(`${base}/attachments/${never.id}/complete`);
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const declared = (await start(admin, base, { sizeBytes: 4096 })).body;
    expect((await postToPresignedUpload(declared.upload, png(100))).status).toBe(204);
    const mismatch = await admin.post(`${base}/attachments/${declared.attachment.id}/complete`);
    expect([mismatch.status, mismatch.body.errors[0].field]).toEqual([409, 'sizeBytes']);
    expect((await admin.get(`${base}/attachments`)).body.items).toEqual([]);
  });

  it("keeps tenant B from listing, downloading, completing or deleting tenant A's attachments", async () => {
    const a = await adminTenant(ctx, 'att-a');
    const b = await adminTenant(ctx, 'att-b');
    const order = await createWorkOrder(a.admin);
    const base = `/api/work-orders/${order.id}`;
    const uploaded = await attach(a.admin, base);
    const pending = (await start(a.admin, base)).body.attachment;
    // Tenant B's admin, on B's host, naming A's ids: nothing is there for B.
    expect((await b.admin.get(`${base}/attachments`)).status).toBe(404);
    expect((await b.admin.get(`${base}/attachments/${uploaded.id}/download`)).status).toBe(404);
    expect((await b.admin.post(`${base}/attachments/${pending.id}/complete`)).status).toBe(404);
    expect((await b.admin.delete(`${base}/attachments/${uploaded.id}`)).status).toBe(404);
    // B's own work order does not reach A's attachment either.
    const own = await createWorkOrder(b.admin);
    expect((await b.admin.get(`/api/work-orders/${own.id}/attachments/${uploaded.id}/download`)).status).toBe(
      404,
    );
    expect((await a.admin.get(`${base}/attachments`)).body.items).toHaveLength(1);
  });

  it('follows the roles and the region rule', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'att');
    const south = await createWorkOrder(admin, { region: 'south' });
    const north = await createWorkOrder(admin, { region: 'north' });
    await attach(admin, `/api/work-orders/${south.id}`);
    const viewer = await tenantClient(ctx, tenant, ['dispatch-viewer']);
    expect((await viewer.get(`/api/work-orders/${south.id}/attachments`)).body.items).toHaveLength(1);
    expect((await start(viewer, `/api/work-orders/${south.id}`)).status).toBe(403);
    const northOnly = await tenantClient(ctx, tenant, ['dispatch-dispatcher'], { region: 'north' });
    expect((await northOnly.get(`/api/work-orders/${south.id}/attachments`)).status).toBe(404);
    expect((await start(northOnly, `/api/work-orders/${south.id}`)).status).toBe(404);
    await attach(northOnly, `/api/work-orders/${north.id}`);
  });
});

describe('attachments on assignments (delivery proof)', () => {
  async function dispatched(admin: TenantClient, driverSub: string) {
    const typeId = await createType(admin);
    const order = await createWorkOrder(admin);
    await createEquipment(admin, { typeId });
    await createDriver(admin, { typeIds: [typeId], userSub: driverSub });
    const response = await requestDispatch(admin, {
      workOrderId: order.id,
      equipmentTypeId: typeId,
      priority: 'standard',
    });
    expect(response.status).toBe(201);
    return response.body.assignment;
  }

  it("lets a driver attach to their own assignment and not to another driver's", async () => {
    const { tenant, admin } = await adminTenant(ctx, 'att-drv');
    const mine = await dispatched(admin, 'driver-mine');
    const theirs = await dispatched(admin, 'driver-theirs');
    const driver = await tenantClient(ctx, tenant, ['dispatch-driver'], { sub: 'driver-mine' });
    const proof = await attach(driver, `/api/dispatch/assignments/${mine.id}`, png(500), {
      fileName: 'proof.pdf',
      contentType: 'application/pdf',
    });
    expect(proof).toMatchObject({ assignmentId: mine.id, workOrderId: mine.workOrderId });
    expect((await start(driver, `/api/dispatch/assignments/${theirs.id}`)).status).toBe(404);
    expect((await driver.get(`/api/dispatch/assignments/${theirs.id}/attachments`)).status).toBe(404);
    // The dispatcher sees the proof; another driver deletes nothing of it.
    const listed = await admin.get(`/api/dispatch/assignments/${mine.id}/attachments`);
    expect(listed.body.items.map((item: Json) => item.id)).toEqual([proof.id]);
    const other = await tenantClient(ctx, tenant, ['dispatch-driver'], { sub: 'driver-theirs' });
    expect((await other.delete(`/api/dispatch/assignments/${mine.id}/attachments/${proof.id}`)).status).toBe(
      404,
    );
    expect((await driver.delete(`/api/dispatch/assignments/${mine.id}/attachments/${proof.id}`)).status).toBe(
      204,
    );
  });
});

describe('without an object store', () => {
  it('says attachments are off and answers 404 attachments-disabled', async () => {
    const plain = await createApiTestContext();
    try {
      const { admin } = await adminTenant(plain, 'att-off');
      const order = await createWorkOrder(admin);
      expect((await admin.get('/api/attachments/settings')).body).toMatchObject({ enabled: false });
      const response = await start(admin, `/api/work-orders/${order.id}`);
      expect([response.status, response.body.type]).toEqual([
        404,
        expect.stringContaining('attachments-disabled'),
      ]);
    } finally {
      await plain.close();
    }
  });
});
