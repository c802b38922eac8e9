import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BrowserStack } from './stack';

export interface Session {
  context: BrowserContext;
  page: Page;
}

/**
 * A person on their own browser (own cookies) signed in to a tenant through the dev IdP's sign-in page, with
 * the button for a seeded user, landing on `path` of the app.
 */
export async function signedIn(
  browser: Browser,
  stack: BrowserStack,
  {
    slug,
    username,
    path = '/',
    viewport = { width: 1440, height: 900 },
  }: {
    slug: string;
    username: string;
    path?: string;
    viewport?: { width: number; height: number };
  },
): Promise<Session> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${stack.origin(slug)}${path}`);
  await page
    .locator('form', { has: page.locator(`strong:text-is("${username}")`) })
    .locator('button')
    .click();
  await page.waitForURL(`${stack.origin(slug)}${path === '/' ? '/**' : path}`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return { context, page };
}
