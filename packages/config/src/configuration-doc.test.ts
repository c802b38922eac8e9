import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderConfigurationDoc, undocumentedVariables } from './configuration-doc';
import { configVariables } from './load-config';

const DOC = fileURLToPath(new URL('../../../docs/configuration.md', import.meta.url));

describe('docs/configuration.md', () => {
  it('gives every variable the loader reads a meaning', () => {
    expect(undocumentedVariables()).toEqual([]);
  });

  it('is exactly what the loader declares (run `pnpm run docs:config` after changing a variable)', async () => {
    const doc = await readFile(DOC, 'utf8');
    expect(doc).toBe(renderConfigurationDoc());
    for (const variable of configVariables()) expect(doc).toContain(`| \`${variable.name}\` |`);
  });
});
