import { defineProject } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Component tests: jsdom, Testing Library, jest-dom matchers, axe-core, msw for HTTP (src/test/setup.ts).
export default defineProject({
  plugins: [react()],
  test: {
    name: 'web',
    root: import.meta.dirname,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 30_000,
  },
});
