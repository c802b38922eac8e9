import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWebApp } from '@dispatch/dev';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './settings';

export const VIEWPORT = { width: 1280, height: 800 };
export const NEW_WORK_ORDER = { role: 'button', name: 'New work order' } as const;
export const DIALOG_SELECTOR = '[role="dialog"]';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The production build of apps/web with its own `build` script (always rebuilt: the figures are of these sources). */
export async function buildWeb(say: (line: string) => void): Promise<string> {
  const build = await buildWebApp(join(REPO_ROOT, 'apps', 'web'), {
    logFile: join(tmpdir(), 'dispatch-bench-web-build.log'),
    force: true,
    say,
  });
  if (!build) throw new Error('apps/web has no build script');
  return build.distDir;
}

/**
 * The board has loaded: its "New work order" button is visible and the page's requests (the board's API reads)
 * have settled for 500 ms. Nothing is clicked, so the page's LCP is still open.
 */
export async function waitForBoard(page: Page): Promise<void> {
  await page.getByRole(NEW_WORK_ORDER.role, { name: NEW_WORK_ORDER.name, exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Signs in as the seeded acme dispatcher through the dev IdP, as a person would (their button on the realm's
 * sign-in page), and returns the context's cookies to start fresh, cache-less contexts already signed in.
 */
export async function signInDispatcher(browser: Browser, boardUrl: string): Promise<StorageState> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(boardUrl);
    await page
      .locator('form', { has: page.locator('strong:text-is("acme-dispatcher")') })
      .locator('button')
      .click();
    await page.waitForURL(boardUrl);
    await waitForBoard(page);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** Opens the create-work-order dialog with a real click and closes it again with Escape. */
export function dialogToggle(page: Page): { open(): Promise<void>; close(): Promise<void> } {
  return {
    open: () => page.getByRole(NEW_WORK_ORDER.role, { name: NEW_WORK_ORDER.name, exact: true }).click(),
    close: async () => {
      await page.keyboard.press('Escape');
      await page.locator(DIALOG_SELECTOR).waitFor({ state: 'detached' });
    },
  };
}
