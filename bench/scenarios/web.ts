import { launchChromium } from '@dispatch/e2e/chromium';
import { startBrowserStack } from '@dispatch/e2e/stack';
import type { Browser, Page } from 'playwright-core';
import { clickToFeedbackMs, readLcp, recordScripts, type ScriptLoad } from '../lib/browser-measure';
import type { Scenario } from '../lib/context';
import { startHelloPage } from '../lib/hello-page';
import { sizeEntryScripts, sizeLoadedScripts, type ScriptSize } from '../lib/initial-js';
import { format, type ScenarioRecorder } from '../lib/results';
import { summarize, type Summary } from '../lib/stats';
import {
  buildWeb,
  dialogToggle,
  DIALOG_SELECTOR,
  signInDispatcher,
  VIEWPORT,
  waitForBoard,
} from '../lib/web-board';

const RUNS = 5;
const CLICKS_PER_RUN = 4;
const LCP_TARGET_MS = 1500;
const FEEDBACK_TARGET_MS = 100;
/** The target's "250 KB", read as 250,000 bytes (the stricter reading). */
const INITIAL_JS_TARGET_KB = 250;

interface Samples {
  boardCold: number[];
  boardWarm: number[];
  helloCold: number[];
  clicks: number[];
  /** The first click on each loaded board (its dialog's first mount). */
  firstClicks: number[];
  helloClicks: number[];
  lcpElements: Set<string>;
}

/** Clicks `open` and measures until the dialog is painted, `CLICKS_PER_RUN` times, closing it in between. */
async function measureClicks(page: Page, toggle: { open(): Promise<void>; close(): Promise<void> }) {
  const timings: number[] = [];
  for (let click = 0; click < CLICKS_PER_RUN; click += 1) {
    timings.push(await clickToFeedbackMs(page, toggle.open, DIALOG_SELECTOR));
    await toggle.close();
    await page.waitForTimeout(200);
  }
  return timings;
}

/** One cold and one warm load of the board in a fresh context (its own empty cache), then the clicks. */
async function boardRun(
  browser: Browser,
  run: { boardUrl: string; origin: string; session: Awaited<ReturnType<typeof signInDispatcher>> },
  samples: Samples,
): Promise<ScriptLoad[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: run.session });
  try {
    const scripts = recordScripts(context, run.origin);
    const page = await context.newPage();
    await page.goto(run.boardUrl);
    if (page.url() !== run.boardUrl) throw new Error(`the board load ended on ${page.url()}, not the board`);
    await waitForBoard(page);
    const cold = await readLcp(page);
    samples.boardCold.push(cold.lcpMs);
    samples.lcpElements.add(cold.element);
    const firstLoad = await scripts();
    // Warm: a new navigation in the same context, so the HTTP cache holds what the cold load fetched.
    await page.goto(run.boardUrl);
    await waitForBoard(page);
    samples.boardWarm.push((await readLcp(page)).lcpMs);
    const clicks = await measureClicks(page, dialogToggle(page));
    samples.clicks.push(...clicks);
    samples.firstClicks.push(clicks[0]!);
    return firstLoad;
  } finally {
    await context.close();
  }
}

async function helloRun(browser: Browser, url: string, samples: Samples): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    samples.helloCold.push((await readLcp(page)).lcpMs);
    const open = () => page.locator('#open').click();
    const close = async () => {
      await open();
      await page.locator(DIALOG_SELECTOR).waitFor({ state: 'detached' });
    };
    samples.helloClicks.push(...(await measureClicks(page, { open, close })));
  } finally {
    await context.close();
  }
}

function recordJs(out: ScenarioRecorder, loaded: ScriptSize[], entry: ScriptSize[]): void {
  const kb = (bytes: number) => bytes / 1000;
  const sum = (sizes: ScriptSize[], pick: (size: ScriptSize) => number) =>
    sizes.reduce((total, size) => total + pick(size), 0);
  const gzip = out.figure(
    'jsGzip',
    'initial JavaScript, gzip -9 of the build files',
    kb(sum(loaded, (s) => s.gzipBytes)),
    'kB',
  )!;
  out.figure('jsRaw', 'initial JavaScript, uncompressed', kb(sum(loaded, (s) => s.rawBytes)), 'kB');
  out.figure(
    'jsTransferred',
    'initial JavaScript as transferred',
    kb(sum(loaded, (s) => s.transferredBytes ?? 0)),
    'kB',
  );
  out.figure('jsFiles', 'script files loaded before interaction', loaded.length, '');
  out.figure(
    'jsEntryGzip',
    'scripts dist/index.html names, gzip -9',
    kb(sum(entry, (s) => s.gzipBytes)),
    'kB',
  );
  const missed = entry.filter((script) => !loaded.some((load) => load.path === script.path));
  out.check({
    label: 'the first load fetched every script dist/index.html names (none came from a cache)',
    target: `all ${entry.length} among the ${loaded.length} recorded`,
    measured: missed.length ? `missing: ${missed.map((script) => script.path).join(', ')}` : 'all present',
    pass: missed.length === 0,
    kind: 'validity',
  });
  out.check({
    label: 'initial JavaScript of the board, gzipped',
    target: `≤ ${INITIAL_JS_TARGET_KB} kB (1 kB = 1,000 bytes)`,
    measured:
      `${format(gzip, 'kB')} in ${loaded.length} files (` +
      loaded.map((s) => `${s.path.replace(/^.*\//, '')} ${format(kb(s.gzipBytes), 'kB')}`).join(', ') +
      ')',
    pass: gzip <= INITIAL_JS_TARGET_KB,
    kind: 'target',
  });
}

function recordTimings(out: ScenarioRecorder, samples: Samples): void {
  const cold = summarize(samples.boardCold);
  const warm = summarize(samples.boardWarm);
  const hello = summarize(samples.helloCold);
  const clicks = summarize(samples.clicks);
  const helloClicks = summarize(samples.helloClicks);
  const figures = (key: string, label: string, summary: Summary) => {
    out.figure(`${key}P50`, `${label}, median`, summary.p50, 'ms');
    out.figure(`${key}Max`, `${label}, worst of ${summary.count}`, summary.max, 'ms');
  };
  figures('lcpCold', 'board LCP, cold cache', cold);
  figures('lcpWarm', 'board LCP, warm cache', warm);
  figures('lcpHello', 'baseline: static page LCP, cold cache', hello);
  out.figure('lcpRatio', 'board LCP (cold, median) ÷ static page LCP (median)', cold.p50 / hello.p50, '×');
  figures('click', 'click → dialog painted', clicks);
  out.figure('clickP95', `click → dialog painted, p95 of ${clicks.count}`, clicks.p95, 'ms');
  figures('clickFirst', "click → dialog painted, each page's first click", summarize(samples.firstClicks));
  figures('clickHello', 'baseline: click → element painted on the static page', helloClicks);
  out.check({
    label: 'board LCP (production build, Chromium, local)',
    target: `≤ ${format(LCP_TARGET_MS / 1000, 's')} on a cold cache, every run`,
    measured:
      `cold median ${format(cold.p50, 'ms')}, worst ${format(cold.max, 'ms')}; warm median ${format(warm.p50, 'ms')}; ` +
      `static page ${format(hello.p50, 'ms')}`,
    pass: cold.max <= LCP_TARGET_MS,
    kind: 'target',
  });
  out.check({
    label: 'a click gives visible feedback (New work order → dialog painted)',
    target: `p95 ≤ ${FEEDBACK_TARGET_MS} ms`,
    measured:
      `median ${format(clicks.p50, 'ms')}, p95 ${format(clicks.p95, 'ms')}, worst ${format(clicks.max, 'ms')} ` +
      `over ${clicks.count} clicks; static page median ${format(helloClicks.p50, 'ms')}`,
    pass: clicks.p95 <= FEEDBACK_TARGET_MS,
    kind: 'target',
  });
  out.note(`LCP element of the board (cold loads): ${[...samples.lcpElements].join('; ')}.`);
}

export const web: Scenario = {
  id: 'web',
  title: 'Web app: board LCP, click feedback, initial JavaScript (production build, Chromium)',
  method:
    '`apps/web` is built with its own `build` script (Vite, production). The stack the browser tests use ' +
    '(`@dispatch/e2e/stack`: a fresh database, the test Redis, the dev IdP, the seeded demo tenants, the API serving ' +
    "the build) runs on free ports; Debian's Chromium (headless, flags from web.md, fresh profile) is driven by " +
    'playwright-core. The acme dispatcher signs in once through the dev IdP (unmeasured; it also warms the server). ' +
    `Then ${RUNS} runs, each in a fresh browser context (empty cache, the session cookie): \`/board\` loaded cold, ` +
    'then again warm; once its New work order button shows and the network has been idle 500 ms, LCP is read ' +
    'from a buffered `largest-contentful-paint` PerformanceObserver. Then ' +
    `${CLICKS_PER_RUN} real clicks on New work order: from the click event's timestamp to the first frame painted ` +
    'with the dialog in the DOM (MutationObserver, then requestAnimationFrame, then a posted message, which runs ' +
    'after that paint); Escape closes it between clicks. The initial JavaScript is every script the first cold ' +
    'load fetched before any input, each sized as gzip -9 of its file in `apps/web/dist` (so the figure does not ' +
    'depend on how the server compresses) and as transferred. Baseline in the same browser and run: a static page ' +
    '(heading, paragraph, a button whose handler adds an element) served by bare Fastify, LCP and click alike.',
  async run(ctx, out) {
    const { progress } = ctx;
    const distDir = await buildWeb((line) => progress.log(line));
    progress.log('starting the stack (database, dev IdP, demo tenants, API serving the build)');
    const stack = await startBrowserStack({
      adminDatabaseUrl: ctx.services.adminDatabaseUrl,
      redisUrl: ctx.services.redisUrl,
    });
    const hello = await startHelloPage();
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const origin = stack.origin('acme');
      const boardUrl = `${origin}/board`;
      progress.log('signing in as acme-dispatcher through the dev IdP');
      const session = await signInDispatcher(browser, boardUrl);
      const samples: Samples = {
        boardCold: [],
        boardWarm: [],
        helloCold: [],
        clicks: [],
        firstClicks: [],
        helloClicks: [],
        lcpElements: new Set(),
      };
      let firstLoad: ScriptLoad[] = [];
      for (let run = 1; run <= RUNS; run += 1) {
        await helloRun(browser, `${hello.url}/`, samples);
        const loads = await boardRun(browser, { boardUrl, origin, session }, samples);
        if (run === 1) firstLoad = loads;
        progress.step('web runs', run, RUNS, 1, `board LCP cold ${format(samples.boardCold.at(-1), 'ms')}`);
      }
      recordTimings(out, samples);
      recordJs(out, await sizeLoadedScripts(distDir, firstLoad), await sizeEntryScripts(distDir));
      const encodings = new Set(firstLoad.map((load) => load.contentEncoding ?? 'none'));
      out.note(`The API sent the scripts with content-encoding: ${[...encodings].join(', ')}.`);
    } finally {
      await browser?.close();
      await hello.close();
      await stack.stop();
    }
  },
};
