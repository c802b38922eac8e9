import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectRetentionCommand,
  ListObjectVersionsCommand,
} from '@aws-sdk/client-s3';
import { createObjectStore, s3ErrorCode } from '@dispatch/object-storage';
import { createTestBucket, type TestBucket } from '@dispatch/testkit';
import { createApiTestContext, type ApiTestContext } from '#src/test/api-test-context';
import { adminTenant, createType, type TenantClient } from '#src/test/fleet-fixtures';
import { storedAuditContent, type StoredAuditRow } from '#src/test/audit-rows';
import { contentDigest, v2LinkHash } from './audit.chain';
import { anchorKey, s3AnchorStore } from './audit.anchors';

let bucket: TestBucket;
let ctx: ApiTestContext;

beforeAll(async () => {
  bucket = await createTestBucket('anchors');
  ctx = await createApiTestContext({ ...bucket.env, AUDIT_ANCHOR_INTERVAL_SECONDS: '3600' });
});
afterAll(async () => {
  await ctx?.close();
  await bucket?.drop();
});

async function tenantWithHistory() {
  const { tenant, admin } = await adminTenant(ctx, 'anc');
  for (let index = 0; index < 4; index += 1) await createType(admin);
  return { tenant, admin };
}

async function anchorNow() {
  const report = await ctx.app.auditAnchorer!.runOnce();
  expect(report).not.toBeNull();
  return report!;
}

/**
 * What someone with the table owner's rights could do: change an event and recompute every hash after it and
 * the head, so the chain inside the database is consistent again.
 */
async function rewriteChainFrom(schema: string, tenantId: string, seq: number) {
  const client = await ctx.adminPool.connect();
  try {
    await client.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
    await client.query('BEGIN');
    await client.query(
      `UPDATE audit_events SET after = jsonb_set(after, '{name}', '"forged"') WHERE seq = $1`,
      [seq],
    );
    const { rows } = await client.query(
      `SELECT id, seq::int, at, actor_sub, actor_name, action, entity, entity_id, before, after, request_id
         FROM audit_events WHERE seq IS NOT NULL ORDER BY seq`,
    );
    let prevHash = '';
    for (const row of rows) {
      // Links are v2 (audit.chain.ts): the digest of the columns, linked to the position and the previous hash.
      const digest = contentDigest(storedAuditContent(tenantId, row as StoredAuditRow));
      const hash = v2LinkHash(row.seq, prevHash, digest);
      await client.query(
        'UPDATE audit_events SET prev_hash = $1, hash = $2, content_digest = $3 WHERE seq = $4',
        [prevHash, hash, digest, row.seq],
      );
      prevHash = hash;
    }
    await client.query('UPDATE audit_chain_head SET last_hash = $1', [prevHash]);
    await client.query('COMMIT');
  } finally {
    await client.query('RESET search_path');
    client.release();
  }
}

async function verify(admin: TenantClient) {
  const response = await admin.get('/api/audit/verify');
  expect(response.status).toBe(200);
  return response.body;
}

describe('audit anchoring (Ceph RGW)', () => {
  it('anchors each changed head once and verifies the chain against the newest anchor', async () => {
    const { tenant, admin } = await tenantWithHistory();
    const first = await anchorNow();
    expect(first.anchored).toBeGreaterThanOrEqual(1);
    const verified = await verify(admin);
    expect(verified).toMatchObject({ ok: true, firstBroken: null });
    expect(verified.anchoredSeq).toBe(verified.lastSeq);

    const again = await anchorNow();
    expect(again.anchored).toBe(0);
    expect(again.unchanged).toBe(again.tenants);

    await createType(admin);
    await anchorNow();
    const later = await verify(admin);
    expect(later).toMatchObject({ ok: true, anchoredSeq: verified.lastSeq + 1 });
    const store = s3AnchorStore(bucket.store, 1);
    expect(await store.latest(tenant.row.id)).toMatchObject({ seq: verified.lastSeq + 1 });
  });

  it('detects a rewrite of the whole chain with recomputed hashes, which the chain alone cannot', async () => {
    const { tenant, admin } = await tenantWithHistory();
    await anchorNow();
    const anchored = (await verify(admin)).anchoredSeq as number;

    await rewriteChainFrom(tenant.row.schemaName, tenant.row.id, 2);
    const after = await verify(admin);
    expect(after.ok).toBe(false);
    expect(after.firstBroken).toMatchObject({
      seq: anchored,
      reason: expect.stringContaining('the chain was rewritten'),
    });
    // Every link inside the database is consistent: the walk got as far as the anchored event.
    expect(after.checked).toBe(anchored - 1);
  });

  it('detects a chain cut back behind its newest anchor', async () => {
    const { tenant, admin } = await tenantWithHistory();
    await anchorNow();
    const anchored = (await verify(admin)).anchoredSeq as number;
    const schema = pg.escapeIdentifier(tenant.row.schemaName);
    await ctx.adminPool.query(
      `WITH cut AS (DELETE FROM ${schema}.audit_events WHERE seq > 2 RETURNING 1)
       UPDATE ${schema}.audit_chain_head SET last_seq = 2,
         last_hash = (SELECT hash FROM ${schema}.audit_events WHERE seq = 2)`,
    );
    const after = await verify(admin);
    expect(after.ok).toBe(false);
    expect(after.firstBroken).toMatchObject({
      seq: anchored,
      reason: expect.stringContaining(`the chain ends at event 2 but event ${anchored} was anchored`),
    });
  });

  it('writes anchors in COMPLIANCE mode where the bucket has object lock, so not even the owner deletes them', async () => {
    const name = `anchors-locked-${Date.now().toString(36)}`;
    const locked = await createObjectStore({ ...bucket.config, bucket: name });
    await locked.client.send(new CreateBucketCommand({ Bucket: name, ObjectLockEnabledForBucket: true }));
    try {
      const store = s3AnchorStore(locked, 2);
      const tenantId = '0190a4c4-0000-7000-8000-000000000001';
      const put = await store.put({
        tenantId,
        seq: 7,
        hash: 'ab'.repeat(32),
        anchoredAt: new Date().toISOString(),
      });
      expect(put.locked).toBe(true);
      const key = anchorKey(tenantId, 7);
      const retention = await locked.client.send(new GetObjectRetentionCommand({ Bucket: name, Key: key }));
      expect(retention.Retention?.Mode).toBe('COMPLIANCE');
      const versions = await locked.client.send(new ListObjectVersionsCommand({ Bucket: name, Prefix: key }));
      const refused = await locked.client
        .send(
          new DeleteObjectCommand({ Bucket: name, Key: key, VersionId: versions.Versions?.[0]?.VersionId }),
        )
        .then(
          () => 'deleted',
          (error: unknown) => s3ErrorCode(error),
        );
      expect(refused).toBe('AccessDenied');
      expect(await store.latest(tenantId)).toMatchObject({ seq: 7 });
      expect(
        (await s3AnchorStore(bucket.store, 2).put({ tenantId, seq: 1, hash: 'x', anchoredAt: 'now' })).locked,
      ).toBe(false);
    } finally {
      // Locked versions outlive the test (two days): the bucket is left to the run's throw-away gateway.
      locked.client.destroy();
    }
  });
});
