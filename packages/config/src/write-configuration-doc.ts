import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderConfigurationDoc, undocumentedVariables } from './configuration-doc';

/** `pnpm run docs:config`: regenerates docs/configuration.md from the loader's declarations. */
const missing = undocumentedVariables();
if (missing.length > 0) {
  process.stderr.write(`Add a meaning to variable-meanings.ts for: ${missing.join(', ')}\n`);
  process.exit(1);
}
const target = fileURLToPath(new URL('../../../docs/configuration.md', import.meta.url));
await writeFile(target, renderConfigurationDoc());
process.stdout.write(`wrote ${target}\n`);
