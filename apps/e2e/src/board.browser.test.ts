import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { launchChromium, screenshot } from './chromium';
import { signedIn, type Session } from './session';
import { startBrowserStack, type BrowserStack } from './stack';

let stack: BrowserStack;
let browser: Browser;
const sessions: Session[] = [];
beforeAll(async () => {
  stack = await startBrowserStack();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const session of sessions) await session.context.close().catch(() => {});
  await browser?.close();
  await stack?.stop();
});

async function open(
  ...args: Parameters<typeof signedIn> extends [Browser, BrowserStack, infer O] ? [O] : never
) {
  const session = await signedIn(browser, stack, args[0]);
  sessions.push(session);
  return session.page;
}

/** Marks the page, so a later check can prove it was never reloaded (a reload loses the mark). */
async function markPage(page: Page) {
  await page.evaluate(() => Object.assign(globalThis, { __noReload: true }));
}
async function wasNotReloaded(page: Page) {
  return page.evaluate(() => (globalThis as { __noReload?: boolean }).__noReload === true);
}

const ACTIONS = [
  'New work order',
  'Request dispatch',
  'Cancel',
  'Mark en route',
  'Mark on site',
  'Mark completed',
  'Send to maintenance',
  'Back in service',
  'End shift',
  'Start shift',
];

describe('dispatching through the web app, live across browsers', () => {
  const title = `E2E lift ${randomUUID().slice(0, 8)}`;
  let number = '';

  it('a dispatcher creates a work order and requests dispatch; the answer comes from the server; a second dispatcher sees it without reload', async () => {
    const dana = await open({ slug: 'acme', username: 'acme-dispatcher', path: '/board' });
    const nia = await open({
      slug: 'acme',
      username: 'acme-dispatcher-2',
      path: '/board',
      viewport: { width: 1280, height: 900 },
    });
    await nia.getByText(/^Live · updated/).waitFor();
    await markPage(nia);

    await dana.getByText(/^Live · updated/).waitFor();
    await dana.getByRole('button', { name: 'New work order' }).click();
    const form = dana.getByRole('dialog', { name: 'New work order' });
    await form.getByRole('button', { name: 'Create work order' }).click();
    await form.getByText('Give the job a title').waitFor(); // validated before anything is sent
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Site address').fill('5 Test Street');
    expect(await form.getByLabel('Region').inputValue()).toBe('north');
    await screenshot(dana, 'create-work-order');
    await form.getByRole('button', { name: 'Create work order' }).click();

    // Created: the dispatch dialog opens for it.
    const dispatch = dana.getByRole('dialog', { name: /^Request dispatch for WO-/ });
    await dispatch.waitFor();
    number = ((await dispatch.getByRole('heading').first().textContent()) ?? '').replace(
      'Request dispatch for ',
      '',
    );
    expect(number).toMatch(/^WO-\d+$/);
    await dispatch.getByLabel('Equipment type').selectOption({ label: 'Flatbed' });
    await dispatch.getByLabel(/^Urgent/).check();
    await dispatch.getByRole('button', { name: 'Request dispatch' }).click();
    // No free flatbed driver in the north: the server queues it, first in line for its type.
    await dispatch.getByText('Queued #1', { exact: true }).waitFor();
    await screenshot(dana, 'dispatch-queued');
    await dispatch.getByRole('button', { name: 'Done' }).click();

    // The other browser shows the new order and the queued request, without a reload.
    await nia.getByText(title).waitFor();
    await nia.getByRole('region', { name: 'Flatbed queue' }).getByText(number).waitFor();
    expect(await wasNotReloaded(nia)).toBe(true);
    await screenshot(nia, 'second-browser-sees-it');
  });

  it('capacity a driver frees on a phone fulfils the queued urgent request on the dispatcher board, live', async () => {
    const dana = sessions[0]!.page;
    await markPage(dana);
    // The queued urgent tow request would take the freed driver first: the dispatcher cancels it.
    await dana.getByRole('button', { name: 'Cancel request for WO-000004' }).click();
    await dana.getByRole('button', { name: 'Cancel request for WO-000004' }).waitFor({ state: 'detached' });

    const drew = await open({
      slug: 'acme',
      username: 'acme-driver',
      path: '/driver',
      viewport: { width: 390, height: 844 },
    });
    await drew.getByText('WO-000001').waitFor();
    await screenshot(drew, 'driver-390');
    await drew.getByRole('button', { name: 'Mark on site' }).click();
    await drew.getByRole('button', { name: 'Mark completed' }).click();

    // Drew and his unit are free: the head of the flatbed queue (ours) is served, and the board shows it.
    const dispatched = dana.getByRole('region', { name: 'Dispatched' });
    await dispatched.getByText(number).waitFor();
    expect(
      await dispatched.getByRole('listitem', { name: new RegExp(`^${number}:`) }).textContent(),
    ).toContain('Drew Driver');
    await dana.getByRole('region', { name: 'Flatbed queue' }).waitFor({ state: 'detached' });
    expect(await wasNotReloaded(dana)).toBe(true);
    await screenshot(dana, 'board-after-driver-freed-capacity');

    // The new assignment reaches the driver's phone by itself; the driver moves it on.
    await drew.getByText(number).waitFor();
    await drew.getByText(title).waitFor();
    await screenshot(drew, 'driver-new-assignment');
    expect(await axeViolations(drew)).toEqual([]);
    await drew.getByRole('button', { name: 'Mark en route' }).click();
    await dana.getByRole('region', { name: 'En route' }).getByText(number).waitFor();
    await screenshot(dana, 'board-en-route');
    // Laid out by Chromium: colour contrast is checked too.
    expect(await axeViolations(dana)).toEqual([]);
  });

  it('a viewer sees the board without a single action control', async () => {
    const vic = await open({ slug: 'acme', username: 'acme-viewer', path: '/board' });
    await vic.getByRole('region', { name: 'Crane 50t queue' }).waitFor();
    await vic.getByText(title).waitFor();
    for (const name of ACTIONS)
      expect(await vic.getByRole('button', { name, exact: false }).count(), name).toBe(0);
    expect(await vic.getByRole('checkbox').count()).toBe(0);
    await screenshot(vic, 'viewer-board');
    expect(await axeViolations(vic)).toEqual([]);
  });

  it("a globex user sees none of acme's data", async () => {
    const globex = await open({ slug: 'globex', username: 'globex-dispatcher', path: '/board' });
    await globex.getByRole('heading', { name: 'Work orders' }).waitFor();
    await globex.getByText(/^Live · updated/).waitFor();
    const text = (await globex.locator('body').textContent()) ?? '';
    expect(text).toContain('Globex');
    expect(text).not.toContain('Acme');
    expect(text).not.toContain(title);
    // Its own queue and work orders, not acme's (the seed made the same shapes for both).
    const answer = await globex.evaluate(async () => (await fetch('/api/work-orders?limit=500')).json());
    expect(JSON.stringify(answer)).not.toContain(title);
    await screenshot(globex, 'globex-board');
  });
});
