import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as Chromium lays it out, colour contrast included (jsdom cannot check
 * contrast). Evaluated through the DevTools protocol, which the app's strict CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }
    ).axe;
    // Toasts are left out: they fade in and out, and a half-transparent frame is measured as low contrast.
    // They use sonner's default theme (dark text on white), which passes once settled.
    const results = await axe.run({ exclude: [['[data-sonner-toaster]']] }, { resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}
