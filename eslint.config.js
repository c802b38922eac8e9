import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Node globals for the few plain JS files (scripts, configs); TypeScript checks its own.
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '**/.data/', '**/coverage/', 'charts/']),
  js.configs.recommended,
  // Syntax-only rules (not type-checked) keep lint fast on every save and in CI.
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Servers and libraries log through pino; only tests and command-line entrypoints print.
    files: ['apps/api/src/**/*.ts', 'packages/*/src/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/cli/**',
      '**/bin/**',
      '**/scripts/**',
      'packages/testkit/src/global-setup.ts',
    ],
    rules: { 'no-console': 'error' },
  },
  {
    // The web app: hooks called unconditionally and with complete dependency lists.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
