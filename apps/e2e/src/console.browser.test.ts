import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('the platform console', () => {
  it('lets a platform admin create a tenant after a passing IdP dry run', async () => {
    // The new customer's realm on the running dev IdP, as `pnpm dev:add-realm` adds one.
    const added = await fetch(`${stack.idp.url}/admin/realms`, {
      method: 'POST',
      body: JSON.stringify({ slug: 'initech' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(added.status).toBe(201);
    const issuer = stack.idp.issuer('dispatch-initech');

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.origin('platform')}/tenants`);
    await page
      .locator('form', { has: page.locator('strong:text-is("platform-admin")') })
      .locator('button')
      .click();
    await page.waitForURL(`${stack.origin('platform')}/tenants`);
    await page.getByRole('link', { name: 'Acme Construction' }).waitFor();
    await screenshot(page, 'console-tenants');

    await page.getByRole('button', { name: 'New tenant' }).click();
    const dialog = page.getByRole('dialog', { name: 'New tenant' });
    await dialog.getByLabel('Name').fill('Initech');
    await dialog.getByLabel('Subdomain').fill('initech');
    await dialog.getByLabel('IdP issuer URL').fill(issuer);
    const create = dialog.getByRole('button', { name: 'Create tenant' });
    expect(await create.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Run dry run' }).click();
    await dialog.getByText(/Dry run passed/).waitFor();
    await screenshot(page, 'console-create-dry-run');
    await create.click();
    await page.getByRole('link', { name: 'Initech' }).waitFor();
    await screenshot(page, 'console-tenant-created');

    const tenants = (await page.evaluate(async () => (await fetch('/platform/tenants')).json())) as {
      items: unknown[];
    };
    expect(tenants.items).toContainEqual(
      expect.objectContaining({ slug: 'initech', name: 'Initech', idp: expect.objectContaining({ issuer }) }),
    );
    await context.close();
  });
});
