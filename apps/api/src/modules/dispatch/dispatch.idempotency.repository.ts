import { and, eq, lt, sql } from 'drizzle-orm';
import { statementBuilder, tenantSqlStatement, type TenantTx } from '@dispatch/db';
import { equipmentTypeExists } from '#src/modules/fleet/index';
import { idempotencyKeys } from './dispatch.tables';
import type { WorkOrderLookup } from './dispatch.work-orders.repository';

/** Idempotency keys of dispatch requests (rule 6): claimed with the request's checks, answered on replay. */

interface ClaimRow extends Record<string, unknown> {
  claimed: boolean;
  work_order: { id: string; number: string; status: string; region: string } | null;
  type_exists: boolean;
}

export interface ClaimStatements {
  run(
    tx: TenantTx,
    values: {
      claim: { scope: string; key: string; requestHash: string };
      workOrderId: string;
      equipmentTypeId: string;
      /** The user's region when they are limited to one (`regionLimit`). */
      userRegion: string | undefined;
    },
  ): Promise<{
    claimed: boolean;
    workOrder: ClaimRow['work_order'];
    typeExists: boolean;
  }>;
}

/**
 * Claims a key for this transaction and, in the same statement, reads the work order (locked FOR SHARE) and
 * checks the equipment type, both composed by their own modules. A concurrent claim of the same key waits on the
 * unique index until the first transaction ends, then sees its row: so the same key is never processed twice
 * at once. `claimed` false means the key was there already (a replay or a reuse). Built once per shape (with
 * and without the user's region limit) when the service starts, from the work-order lookup it is given.
 */
export function claimStatements(workOrders: WorkOrderLookup): ClaimStatements {
  const build = (regionLimited: boolean) => {
    const insert = statementBuilder
      .insert(idempotencyKeys)
      .values({
        scope: sql.placeholder('scope'),
        key: sql.placeholder('key'),
        requestHash: sql.placeholder('requestHash'),
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key })
      .getSQL();
    return tenantSqlStatement<ClaimRow>(sql`
      WITH claim AS (${insert}), work_order AS (${workOrders.toDispatch({ regionLimited })})
      SELECT EXISTS (SELECT 1 FROM claim) AS claimed, (SELECT row_to_json(w) FROM work_order w) AS work_order,
             ${equipmentTypeExists(sql`${sql.placeholder('equipmentTypeId')}::uuid`)} AS type_exists`);
  };
  const limited = build(true);
  const unlimited = build(false);
  return {
    async run(tx, { claim, workOrderId, equipmentTypeId, userRegion }) {
      const statement = userRegion === undefined ? unlimited : limited;
      const [row] = await statement.run(tx, { ...claim, workOrderId, equipmentTypeId, userRegion });
      return { claimed: row!.claimed, workOrder: row!.work_order, typeExists: row!.type_exists };
    },
  };
}

export async function findIdempotencyKey(tx: TenantTx, scope: string, key: string) {
  const [row] = await tx.db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

/** Rendered once: each answer only fills in its values (the body as JSON text). */
const storeResponse = tenantSqlStatement(
  statementBuilder
    .update(idempotencyKeys)
    .set({
      responseCode: sql`${sql.placeholder('code')}::int`,
      responseBody: sql`${sql.placeholder('body')}::jsonb`,
    })
    .where(
      and(
        eq(idempotencyKeys.scope, sql.placeholder('scope')),
        eq(idempotencyKeys.key, sql.placeholder('key')),
      ),
    )
    .getSQL(),
);

/**
 * Records the answer a replay of this key gets. It travels in the COMMIT's own message (one round trip less):
 * it commits with the request or not at all, and a concurrent claim of the key, which waits on the key's unique
 * index until this transaction ends, sees the answer with the key.
 */
export async function storeIdempotentResponse(
  tx: TenantTx,
  scope: string,
  key: string,
  code: number,
  body: unknown,
) {
  const values = { scope, key, code, body: JSON.stringify(body) };
  if (tx.withCommit) tx.withCommit(storeResponse.bind(values));
  else await storeResponse.run(tx, values);
}

export async function deleteIdempotencyKeysBefore(tx: TenantTx, before: Date): Promise<void> {
  await tx.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before));
}
