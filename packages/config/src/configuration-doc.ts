import { configVariables, type VariableDeclaration } from './load-config';
import { VARIABLE_MEANINGS } from './variable-meanings';

const cell = (text: string) => text.replaceAll('|', '\\|');

function defaultOf(variable: VariableDeclaration): string {
  if (variable.required === 'always') return '**required**';
  if (variable.fallback === undefined) return 'unset';
  const fallback = variable.fallback;
  const text = /^[\w./:-]+$/.test(fallback) ? `\`${fallback}\`` : fallback;
  return variable.required === 'production' ? `required in production; otherwise ${text}` : text;
}

/** Variables the loader reads that have no meaning written down (the doc test fails on any). */
export function undocumentedVariables(): string[] {
  return configVariables()
    .map((variable) => variable.name)
    .filter((name) => !VARIABLE_MEANINGS[name]);
}

/** `docs/configuration.md`, rendered from the loader's own declarations (`pnpm run docs:config` writes it). */
export function renderConfigurationDoc(): string {
  const rows = configVariables().map(
    (variable) =>
      `| \`${variable.name}\` | ${cell(defaultOf(variable))} | ${cell(variable.format)} | ${cell(
        VARIABLE_MEANINGS[variable.name] ?? '',
      )} |`,
  );
  return [
    '# Configuration',
    '',
    '<!-- Generated from packages/config (load-config.ts, variable-meanings.ts) by `pnpm run docs:config`. -->',
    '<!-- Do not edit by hand: packages/config/src/configuration-doc.test.ts fails when this file drifts. -->',
    '',
    'The API reads these environment variables once, at start (`loadConfig` in `packages/config`). Every missing',
    'or malformed variable is reported at once, one per line, and the process exits before listening.',
    '',
    '| variable | default | format | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'The CLI (`dispatch-admin`) reads `DATABASE_ADMIN_URL`, or `DISPATCH_API_URL` and `DISPATCH_TOKEN`: see',
    '[cli.md](cli.md).',
    '',
  ].join('\n');
}
