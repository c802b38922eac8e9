import type { BrowserContext, Page, Request } from 'playwright-core';

/*
 * The in-page parts are plain JavaScript source: the root TypeScript program has no DOM library (server code
 * must not see browser globals), and Playwright evaluates a string as an expression in the page.
 */

/** Resolves with the last buffered LCP entry (every entry since navigation arrives in the first callback). */
const READ_LCP = `new Promise((resolve) => {
  const timer = setTimeout(() => resolve(null), 5000);
  new PerformanceObserver((list, observer) => {
    const last = list.getEntries().at(-1);
    if (!last) return;
    clearTimeout(timer);
    observer.disconnect();
    const text = (last.element?.textContent ?? '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    resolve({ lcpMs: last.startTime, element: (last.element?.tagName ?? '?') + ' "' + text + '"' });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})`;

/** Arms the next click: its event timestamp, then the first paint after `selector` matches (see clickToFeedbackMs). */
const ARM_CLICK = `(selector) => {
  window.__benchFeedback = new Promise((resolve) => {
    const afterNextPaint = (clickedAt) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - clickedAt);
        channel.port2.postMessage(null);
      });
    addEventListener('click', (event) => {
      const clickedAt = event.timeStamp;
      if (document.querySelector(selector)) return afterNextPaint(clickedAt);
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        afterNextPaint(clickedAt);
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    }, { capture: true, once: true });
  });
}`;

const AWAIT_CLICK = `Promise.race([
  window.__benchFeedback ?? Promise.reject(new Error('the click measurement was not armed')),
  new Promise((_, reject) => setTimeout(() => reject(new Error('no feedback within 5 s')), 5000)),
])`;

export interface LcpReading {
  /** ms from navigation start to the largest contentful paint so far. */
  lcpMs: number;
  /** The LCP element, e.g. `P "3 requests waiting"`, for the report's notes. */
  element: string;
}

/**
 * The page's largest contentful paint so far, from a buffered PerformanceObserver. Read it only once the page
 * shows its content: Chromium stops reporting LCP candidates at the first input, so nothing may be clicked before.
 */
export async function readLcp(page: Page): Promise<LcpReading> {
  const reading = (await page.evaluate(READ_LCP)) as LcpReading | null;
  if (!reading) throw new Error(`no largest-contentful-paint entry on ${page.url()} within 5 s`);
  return reading;
}

/**
 * Milliseconds from a real click (Chromium's input pipeline, via CDP) to the first frame that shows the
 * feedback. In the page: a capturing listener takes the click event's own timestamp (the input's time, on the
 * `performance.now()` clock); a MutationObserver waits until `feedbackSelector` matches; then the next
 * requestAnimationFrame callback runs just before that frame paints, and a message posted from it is handled
 * right after the paint: that moment is the end.
 */
export async function clickToFeedbackMs(
  page: Page,
  click: () => Promise<void>,
  feedbackSelector: string,
): Promise<number> {
  await page.evaluate(`(${ARM_CLICK})(${JSON.stringify(feedbackSelector)})`);
  await click();
  return (await page.evaluate(AWAIT_CLICK)) as number;
}

export interface ScriptLoad {
  /** Path on the server, e.g. `/assets/index-xbFlDvES.js`. */
  path: string;
  /** Body bytes on the wire (after the server's compression, if any). */
  transferredBytes: number;
  contentEncoding: string | null;
}

/** Records every script the context's pages request from `origin`, with what went over the wire. */
export function recordScripts(context: BrowserContext, origin: string): () => Promise<ScriptLoad[]> {
  const requests: Request[] = [];
  context.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(origin)) requests.push(request);
  });
  return () =>
    Promise.all(
      requests.map(async (request) => {
        const response = await request.response();
        if (!response?.ok())
          throw new Error(`script ${request.url()} answered ${response?.status() ?? 'nothing'}`);
        const sizes = await request.sizes();
        return {
          path: new URL(request.url()).pathname,
          transferredBytes: sizes.responseBodySize,
          contentEncoding: (await response.allHeaders())['content-encoding'] ?? null,
        };
      }),
    );
}
