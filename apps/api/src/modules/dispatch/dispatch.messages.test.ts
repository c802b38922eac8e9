import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import { ruleFleet } from '#src/test/rule-fleet';
import { createDriver, createEquipment, moveAssignment, type Json } from '#src/test/fleet-fixtures';

/**
 * The messages a dispatch call's transaction writes to Postgres: each is a round trip the request waits for, so
 * they are its budget (docs/dispatch.md). Counted on pg's client, on the connection that opened the tenant's
 * transaction, from its opening to its COMMIT; an opening pipelined with the first statement goes out with it
 * and counts once.
 */

const ctx = useApiHarness();

type Sent = { client: object; pipelined: boolean; text: string };
const original = pg.Client.prototype.query;

function record(): Sent[] {
  const sent: Sent[] = [];
  vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
    this: pg.Client & { pipeline?: boolean },
    ...args: unknown[]
  ) {
    const config = args[0] as string | { text?: string; name?: string };
    const text = typeof config === 'string' ? config : (config?.text ?? config?.name ?? '');
    sent.push({ client: this, pipelined: this.pipeline === true, text });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  return sent;
}
afterEach(() => {
  vi.restoreAllMocks();
});

/** Messages of the one transaction `call` runs for the tenant (its opening names the tenant). */
async function messagesOf(tenantId: string, call: () => Promise<{ status: number }>) {
  const sent = record();
  const response = await call();
  vi.restoreAllMocks();
  const opening = sent.findIndex((item) => item.text.includes(`app.current_tenant = '${tenantId}'`));
  expect(opening, 'the call opened a transaction of its tenant').toBeGreaterThanOrEqual(0);
  const connection = sent[opening]!.client;
  const own = sent.slice(opening).filter((item) => item.client === connection);
  const end = own.findIndex((item) => /\bCOMMIT\b/.test(item.text));
  expect(end, 'the transaction committed').toBeGreaterThanOrEqual(0);
  const transaction = own.slice(0, end + 1);
  // A pipelined opening and the statement sent with it: one write, one wait.
  const pipelined = transaction.filter((item) => item.pipelined).length;
  return { status: response.status, messages: transaction.length - pipelined / 2 };
}

describe('messages to Postgres per dispatch call', () => {
  it('records a request dispatched at once, and one queued, in 2 messages each', async () => {
    const { tenant, admin, typeId, ask } = await fleet();
    for (let i = 0; i < 2; i++) {
      await createEquipment(admin, { typeId });
      await createDriver(admin, { typeIds: [typeId] });
    }
    // Warm: the tenant directory, the token, the statements' first use on this connection.
    expect((await ask('standard')).status).toBe(201);

    expect(await messagesOf(tenant.row.id, () => ask('standard'))).toEqual({ status: 201, messages: 2 });
    expect(await messagesOf(tenant.row.id, () => ask('urgent'))).toEqual({ status: 202, messages: 2 });
  });

  it('moves an assignment in 2 messages, and completes it, freeing the unit and the driver, in 3', async () => {
    const { tenant, admin, typeId, ask } = await fleet();
    for (let i = 0; i < 2; i++) {
      await createEquipment(admin, { typeId });
      await createDriver(admin, { typeIds: [typeId] });
    }
    // The first assignment starts the work order (in progress) and stays active, so it does not complete.
    const first: Json = (await ask('standard')).body;
    await moveAssignment(admin, first.assignment.id, 'en_route');
    const second: Json = (await ask('standard')).body;
    const id = second.assignment.id as string;
    const step = (status: string) => messagesOf(tenant.row.id, () => moveAssignment(admin, id, status));

    // en_route: the step (which finds the work order already in progress: no rule to apply), the COMMIT.
    expect(await step('en_route')).toEqual({ status: 200, messages: 2 });
    expect(await step('on_site')).toEqual({ status: 200, messages: 2 });
    // completed: the step with the release, the work order's rule (one still active: it stays), the COMMIT.
    expect(await step('completed')).toEqual({ status: 200, messages: 3 });
    expect((await admin.get(`/api/equipment/${second.assignment.equipmentId}`)).body.status).toBe(
      'available',
    );
    expect(
      (await admin.get(`/api/drivers/${second.assignment.driverId}`)).body.activeAssignmentId,
    ).toBeNull();
  });
});

const fleet = () => ruleFleet(ctx, 'messages');
