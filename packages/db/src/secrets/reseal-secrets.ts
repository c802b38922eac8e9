import type { Pool } from '../pool';
import { withTenantTransaction, type TenantTx } from '../tenant-transaction';
import { recordPlatformAudit } from '../tenants/registry.repository';
import { sealedKeyId, type SecretBox } from './secret-box';
import { idpClientSecretContext, type SealedStore } from './stored-secrets';

export interface ResealProgress {
  /** Tenants whose sealed values have been checked. */
  done: number;
  total: number;
  resealed: number;
  failed: number;
}

/** Sealed values of one store found under one key id, and what the run did with them. */
export interface ResealCount {
  store: SealedStore;
  keyId: string;
  found: number;
  resealed: number;
  failed: number;
}

export interface ResealFailure {
  tenantSlug: string;
  store: SealedStore;
  row: string;
  error: string;
}

export interface ResealReport {
  currentKeyId: string;
  total: number;
  done: number;
  batches: number;
  counts: ResealCount[];
  failures: ResealFailure[];
  /** Stopped early (signal or maxBatches); a re-run continues, skipping what is already current. */
  interrupted: boolean;
}

export interface ResealOptions {
  box: SecretBox;
  actor: string;
  /** Tenants per batch: each tenant is re-sealed in its own short transaction. */
  batchSize?: number;
  /** Stop after this many batches (a partial run; the next run carries on). */
  maxBatches?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ResealProgress) => void;
}

interface TenantRef {
  id: string;
  schemaName: string;
  slug: string;
}

/**
 * Re-seals every sealed value in Postgres under the box's current key. The secrets table is under forced RLS,
 * so it is walked tenant by tenant (in id order, `batchSize` tenants a batch), each tenant in its own
 * transaction that locks its rows, re-seals those under an older key, and records one platform audit event.
 * Values already under the current key are left alone, so an interrupted run is finished by running it again.
 * A value no key of the ring opens is counted as failed and left as it is.
 */
export async function resealStoredSecrets(adminPool: Pool, options: ResealOptions): Promise<ResealReport> {
  const batchSize = options.batchSize ?? 100;
  const { rows: countRows } = await adminPool.query<{ n: string }>(
    'SELECT count(*) AS n FROM platform.tenants',
  );
  const report: ResealReport = {
    currentKeyId: options.box.keyId,
    total: Number(countRows[0]!.n),
    done: 0,
    batches: 0,
    counts: [],
    failures: [],
    interrupted: false,
  };
  const progress = () => ({
    done: report.done,
    total: report.total,
    resealed: report.counts.reduce((sum, count) => sum + count.resealed, 0),
    failed: report.failures.length,
  });
  options.onProgress?.(progress());
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    if (
      options.signal?.aborted ||
      (options.maxBatches !== undefined && report.batches >= options.maxBatches)
    ) {
      report.interrupted = true;
      break;
    }
    const { rows: batch } = await adminPool.query<TenantRef>(
      `SELECT id, schema_name AS "schemaName", slug FROM platform.tenants
        WHERE id > $1 ORDER BY id LIMIT $2`,
      [after, batchSize],
    );
    if (batch.length === 0) break;
    for (const tenant of batch) {
      // Ctrl-C stops after the tenant in flight: its transaction is short, and what it did is kept.
      if (options.signal?.aborted) {
        report.interrupted = true;
        return report;
      }
      await withTenantTransaction(adminPool, tenant, (tx) => resealTenant(tx, options, report));
      report.done += 1;
      options.onProgress?.(progress());
    }
    after = batch.at(-1)!.id;
    report.batches += 1;
  }
  return report;
}

function tally(report: ResealReport, store: SealedStore, keyId: string): ResealCount {
  let count = report.counts.find((entry) => entry.store === store && entry.keyId === keyId);
  if (!count) {
    count = { store, keyId, found: 0, resealed: 0, failed: 0 };
    report.counts.push(count);
  }
  return count;
}

async function resealTenant(tx: TenantTx, options: ResealOptions, report: ResealReport): Promise<void> {
  const store: SealedStore = 'platform.tenant_idp_secrets';
  const { rows } = await tx.client.query<{ clientId: string; sealed: string }>(
    `SELECT client_id AS "clientId", sealed FROM platform.tenant_idp_secrets
      WHERE tenant_id = $1 ORDER BY client_id FOR UPDATE`,
    [tx.tenant.id],
  );
  const moved: { clientId: string; from: string }[] = [];
  for (const row of rows) {
    const keyId = sealedKeyId(row.sealed) ?? '(unreadable)';
    const count = tally(report, store, keyId);
    count.found += 1;
    if (options.box.isCurrent(row.sealed)) continue;
    let sealed: string;
    try {
      sealed = options.box.reseal(row.sealed, idpClientSecretContext(tx.tenant.id, row.clientId));
    } catch (error) {
      count.failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      report.failures.push({ tenantSlug: tx.tenant.slug, store, row: row.clientId, error: message });
      continue;
    }
    // updated_at says when the secret itself last changed; a re-seal does not change it.
    await tx.client.query(
      'UPDATE platform.tenant_idp_secrets SET sealed = $3 WHERE tenant_id = $1 AND client_id = $2',
      [tx.tenant.id, row.clientId, sealed],
    );
    count.resealed += 1;
    moved.push({ clientId: row.clientId, from: keyId });
  }
  if (moved.length === 0) return;
  await recordPlatformAudit(tx.db, {
    actor: options.actor,
    action: 'tenant.secrets_resealed',
    tenantId: tx.tenant.id,
    detail: { store, toKeyId: options.box.keyId, values: moved },
  });
}
