import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './chromium';
import { startBrowserStack, type BrowserStack } from './stack';

let stack: BrowserStack;
let browser: Browser;
beforeAll(async () => {
  stack = await startBrowserStack();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A fresh browser context (its own cookies), as a person on their own machine. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

/** On the dev IdP's sign-in page of a realm, signs in as a seeded user with the button a person would press. */
async function signInAs(page: Page, username: string) {
  await page
    .locator('form', { has: page.locator(`strong:text-is("${username}")`) })
    .locator('button')
    .click();
}

describe('signing in to the web app through the dev identity provider', () => {
  it('shows a plain HTML page, not JSON, for an unknown tenant', async () => {
    const page = await freshPage();
    const response = await page.goto(stack.origin('nobody-here'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'No workspace at this address',
    );
    expect(await page.locator('body').textContent()).toContain(`nobody-here.localhost:${stack.apiPort}`);
    await screenshot(page, 'unknown-tenant');
    await page.context().close();
  });

  it("sends a browser that is not signed in to the tenant's sign-in page", async () => {
    const page = await freshPage();
    await page.goto(`${stack.origin('acme')}/board`);
    expect(page.url()).toMatch(new RegExp(`^${stack.idp.issuer('dispatch-acme')}/interaction/`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Sign in to dispatch-acme',
    );
    await screenshot(page, 'idp-sign-in');
    await page.context().close();
  });

  it('signs an acme dispatcher in and lands back on the app; signing out ends on the sign-in page', async () => {
    const page = await freshPage();
    await page.goto(`${stack.origin('acme')}/board`);
    await signInAs(page, 'acme-dispatcher');
    await page.waitForURL(`${stack.origin('acme')}/board`);
    // The app shell (not an error page) is what the API served, and the app knows who is signed in.
    expect(await page.locator('#root').count()).toBe(1);
    const signOut = page.getByRole('button', { name: 'Sign out' });
    await signOut.waitFor();
    expect(await page.locator('body').textContent()).toContain('Dana Dispatcher');
    const cookies = await page.context().cookies(stack.origin('acme'));
    expect(cookies.find((cookie) => cookie.name === 'dispatch_session')).toMatchObject({ httpOnly: true });
    await screenshot(page, 'signed-in-dispatcher');

    await signOut.click();
    await page.waitForURL(new RegExp(`^${stack.idp.issuer('dispatch-acme')}/interaction/`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Sign in to dispatch-acme',
    );
    const after = await page.context().cookies(stack.origin('acme'));
    expect(after.find((cookie) => cookie.name === 'dispatch_session')).toBeUndefined();
    await screenshot(page, 'signed-out');
    await page.context().close();
  });

  it('signs a platform admin in to the console on the platform host through the platform issuer', async () => {
    const page = await freshPage();
    await page.goto(`${stack.origin('platform')}/tenants`);
    expect(page.url()).toMatch(new RegExp(`^${stack.idp.issuer('platform')}/interaction/`));
    await screenshot(page, 'console-sign-in');
    await signInAs(page, 'platform-admin');
    await page.waitForURL(`${stack.origin('platform')}/tenants`);
    expect(await page.locator('#root').count()).toBe(1);
    const cookies = await page.context().cookies(stack.origin('platform'));
    expect(cookies.find((cookie) => cookie.name === 'dispatch_session')).toMatchObject({ httpOnly: true });
    // The console's session cookie stands for a platform-admin token on /platform/*.
    const me = await page.evaluate(async () => (await fetch('/platform/me')).json());
    expect(me).toEqual({ user: { sub: expect.any(String), name: 'platform-admin' } });
    await screenshot(page, 'console-signed-in');
    await page.context().close();
  });
});
