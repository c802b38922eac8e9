import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on the rendered document and fails with the violations listed. Colour contrast needs real
 * layout, which jsdom has not; the browser tests check it in Chromium.
 */
export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const results = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
