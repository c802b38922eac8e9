import { and, eq, lt, sql, type SQL } from 'drizzle-orm';
import { statementBuilder, tenantSqlStatement, type TenantTx } from '@dispatch/db';
import { idempotencyKeys } from './dispatch.tables';

/** Idempotency keys of dispatch requests (rule 6): claimed with the request's checks, answered on replay. */

/**
 * Claiming a key, as SQL for the statement that records a new request to compose (placeholders `scope`, `key`,
 * `requestHash`): it returns the key when this transaction claimed it and nothing when the key was there already
 * (a replay or a reuse). A concurrent claim of the same key waits on the unique index until the first transaction
 * ends, then sees its row: so the same key is never processed twice at once.
 */
export const claimKey: SQL = statementBuilder
  .insert(idempotencyKeys)
  .values({
    scope: sql.placeholder('scope'),
    key: sql.placeholder('key'),
    requestHash: sql.placeholder('requestHash'),
  })
  .onConflictDoNothing()
  .returning({ key: idempotencyKeys.key })
  .getSQL();

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
