/**
 * `pnpm bench`: runs every registered scenario against a fresh database on this machine and writes
 * docs/benchmarks/{date}.md, {date}.json and latest.md. Exit code 1 when a scenario fails or misses a target.
 */
import { relative } from 'node:path';
import { openContext } from './lib/context';
import { startCpuMeter, waitForQuiet, type CpuBreakdown } from './lib/cpu';
import { describeCpu } from './lib/http-measure';
import { LOAD_GENERATOR } from './lib/load';
import { describeMachine, type MachineInfo } from './lib/machine';
import { Progress } from './lib/progress';
import { writeReport, type BenchReport } from './lib/report';
import { ScenarioRecorder } from './lib/results';
import { readSettings, REPO_ROOT } from './lib/settings';
import { scenarios } from './scenarios';

async function main(): Promise<number> {
  const settings = readSettings();
  const progress = new Progress();
  const selected = settings.only.length
    ? scenarios.filter((scenario) => settings.only.includes(scenario.id))
    : scenarios;
  const unknown = settings.only.filter((id) => !scenarios.some((scenario) => scenario.id === id));
  if (unknown.length) throw new Error(`BENCH_ONLY names unknown scenarios: ${unknown.join(', ')}`);

  const startedAt = new Date();
  progress.log(
    `dispatch bench: ${selected.map((scenario) => scenario.id).join(', ')}; ${settings.durationS} s per HTTP run ` +
      `(+${settings.warmupS} s warm-up) at ${settings.connections} connections, ${settings.tenants} tenants`,
  );
  const { ctx, close } = await openContext(settings, progress);
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    progress.log('interrupted: dropping the benchmark database (Ctrl-C again to exit at once)');
    void close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let machine: MachineInfo | null = null;
  let quiet: CpuBreakdown | null = null;
  try {
    // The box may be shared: show how busy it is before we add anything.
    const idleMeter = await startCpuMeter(ctx.database.name, 'machine at rest');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    quiet = await idleMeter.stop();
    if (quiet) progress.log(`CPU before starting (2 s): ${describeCpu(quiet)}`);
    if (quiet && quiet.idle < quiet.cpus * 0.9) {
      progress.log('warning: other work is using this machine; figures will be noisier (ratios less so)');
    }
    machine = await describeMachine(ctx.adminPool, ctx.services.redisUrl);
    progress.log(
      `machine: ${machine.cpus} cores, ${machine.memoryGiB.toFixed(1)} GiB, Node ${machine.node}, ${machine.postgres}, ${machine.redis}`,
    );
    for (const scenario of selected) {
      progress.log(`▶ ${scenario.title}`);
      const out = new ScenarioRecorder();
      if (settings.quietWaitS > 0) {
        const { waitedS, outsideCores } = await waitForQuiet(ctx.database.name, settings.quietWaitS);
        if (outsideCores !== null && outsideCores > 0.15) {
          progress.log(
            `other work still uses ${outsideCores.toFixed(2)} cores after ${waitedS.toFixed(0)} s; going ahead`,
          );
          out.note(
            `Started while other work on the box used ${outsideCores.toFixed(2)} cores (waited ${waitedS.toFixed(0)} s).`,
          );
        } else if (waitedS > 1.5) {
          progress.log(`waited ${waitedS.toFixed(0)} s for other work on the box to stop`);
        }
      }
      const started = process.hrtime.bigint();
      const meter = await startCpuMeter(ctx.database.name, 'whole scenario');
      let error: string | undefined;
      try {
        await scenario.run(ctx, out);
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
        progress.log(`✗ ${scenario.id} failed: ${error}`);
      }
      const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
      const wholeScenario = await meter.stop();
      ctx.results.add({
        id: scenario.id,
        title: scenario.title,
        method: scenario.method,
        status: error === undefined ? 'ok' : 'failed',
        ...(error === undefined ? {} : { error }),
        elapsedS,
        figures: out.figures,
        checks: out.checks,
        notes: out.notes,
        cpu: out.cpu ?? wholeScenario,
      });
      for (const check of out.checks) {
        const verdict = check.pass === null ? 'not judged' : check.pass ? 'pass' : 'FAIL';
        progress.log(`  ${verdict}: ${check.label} — ${check.target}; measured ${check.measured}`);
      }
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    progress.log('dropping the benchmark database');
    await close();
  }

  const finishedAt = new Date();
  const { reportDir, ...reported } = settings;
  const report: BenchReport = {
    date: startedAt.toISOString().slice(0, 10),
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    totalS: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    machine,
    cpuBeforeStart: quiet,
    services: ctx.services.sources,
    loadGenerator: LOAD_GENERATOR,
    settings: reported,
    scenarios: ctx.results.scenarios,
  };
  const files = await writeReport(reportDir, report);
  progress.log(`report: ${files.map((file) => relative(REPO_ROOT, file)).join(', ')}`);
  return ctx.results.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
