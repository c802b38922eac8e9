import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { CpuBreakdown } from './cpu';
import { perResponse, runLoad } from './load';
import type { LoadPhase, PhaseOutcome } from './load-protocol';
import { Progress } from './progress';

const outcome = (side: string, phase: number, ok: number, measured = true): PhaseOutcome => ({
  side,
  phase,
  measured,
  elapsedS: 2,
  responses: ok,
  statusCounts: { '200': ok },
  errors: 0,
  timeouts: 0,
  ok,
  latencies: [],
});

const cpu = (seconds: number, bench: number, postgres: number, loadGenerator: number): CpuBreakdown => ({
  window: 'measured phase',
  seconds,
  cpus: 2,
  bench,
  loadGenerator,
  postgres,
  otherPostgres: 0,
  other: 0,
  idle: 0,
});

describe('CPU per response', () => {
  it("divides each side's metered CPU time by its 2xx responses, over all of its phases", () => {
    const phases = [outcome('read', 0, 1000), outcome('B1′', 1, 4000), outcome('read', 2, 3000)];
    const metered = new Map([
      [0, cpu(2, 0.5, 0.25, 0.1)], // 1 s of server CPU, 0.5 s of Postgres, 0.2 s of load generator
      [1, cpu(2, 1, 0.5, 0.2)],
      [2, cpu(2, 1, 0.75, 0.1)],
    ]);
    const result = perResponse(phases, metered);
    // read: (1 + 2) s server over 4,000 responses; (0.5 + 1.5) s Postgres; (0.2 + 0.2) s load generator.
    expect(result.get('read')).toEqual({ benchUs: 750, postgresUs: 500, loadGeneratorUs: 100 });
    expect(result.get('B1′')).toEqual({ benchUs: 500, postgresUs: 250, loadGeneratorUs: 100 });
  });

  it('leaves out warm-ups, unmetered phases and the follow-up outcome of a phase', () => {
    const phases = [
      outcome('read', 0, 500, false),
      outcome('at once', 1, 100),
      outcome('at once · follow-ups', 1, 300),
      outcome('queued', 2, 100),
    ];
    const metered = new Map<number, CpuBreakdown | null>([
      [0, cpu(1, 1, 1, 1)],
      [1, cpu(1, 0.4, 0.2, 0.1)],
      [2, null],
    ]);
    const result = perResponse(phases, metered);
    expect([...result.keys()]).toEqual(['at once']);
    expect(result.get('at once')).toEqual({ benchUs: 4000, postgresUs: 2000, loadGeneratorUs: 1000 });
  });
});

describe('open-loop phases', () => {
  it('measure on the connections their paced warm-up opened, and report the warm-up apart', async () => {
    let connections = 0;
    const server = createServer((_request, response) => response.end('ok'));
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const paced = { side: 'paced', url, targets: [{ path: '/' }], rate: 50 };
      const phases: LoadPhase[] = [
        { ...paced, seconds: 1, measured: false },
        { ...paced, seconds: 1, measured: true },
      ];
      const result = await runLoad({ connections: 1, phases }, new Progress(), 'paced', 'no_such_database');
      expect(connections).toBe(1);
      expect(result.warmup.get('paced')?.ok).toBe(50);
      expect(result.measured.get('paced')?.ok).toBe(50);
      expect(result.measured.get('paced')?.latencyMs.count).toBe(50);
    } finally {
      server.close();
    }
  });
});
