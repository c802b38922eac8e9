import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from './chromium';
import { signedIn } from './session';
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

describe('admin, reports and wallboard on the real stack', () => {
  it('shows an acme admin each admin screen, the reports and the wallboard with real data', async () => {
    const { page, context } = await signedIn(browser, stack, {
      slug: 'acme',
      username: 'acme-admin',
      path: '/board',
    });
    const visit = async (path: string, heading: string, name: string) => {
      await page.goto(`${stack.origin('acme')}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      await screenshot(page, name);
    };
    await visit('/admin/equipment-types', 'Equipment types', 'admin-equipment-types');
    await visit('/admin/equipment', 'Equipment', 'admin-equipment');
    await visit('/admin/drivers', 'Drivers', 'admin-drivers');
    await visit('/admin/users', 'Users and roles', 'admin-users');
    await visit('/admin/audit', 'Audit log', 'admin-audit');
    // The seeded tenant's chain verifies against the real API.
    await page.getByText(/Chain intact/).waitFor();
    await visit('/admin/settings', 'Tenant settings', 'admin-settings');
    await visit('/admin/identity', 'Identity provider', 'admin-identity');
    await page.getByRole('button', { name: 'Run dry run' }).click();
    await page.getByText(/Dry run passed/).waitFor();
    await screenshot(page, 'admin-identity-dry-run');
    await visit('/reports', 'Reports', 'reports');
    await page.getByRole('heading', { name: 'Time to complete' }).waitFor();
    await page.getByRole('heading', { name: 'Utilization per equipment type' }).waitFor();
    await screenshot(page, 'reports');
    await visit('/wallboard', 'Dispatch wallboard', 'wallboard');
    expect(await page.getByRole('button').count()).toBe(0);
    await context.close();
  });
});
