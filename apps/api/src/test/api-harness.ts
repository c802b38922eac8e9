import { afterAll, beforeAll } from 'vitest';
import { createApiTestContext, type ApiTestContext } from './api-test-context';

/**
 * The API for one test file: `const ctx = useApiHarness()` at the top level starts a fresh database with
 * platform migrations, the test issuers and the app before the file's tests (beforeAll), and closes all of it
 * after them. `ctx` stands for the context from then on; touching it outside a test or hook fails plainly.
 * `env` overrides configuration variables as createApiTestContext takes them.
 */
export function useApiHarness(env: Record<string, string> = {}): ApiTestContext {
  let current: ApiTestContext | undefined;
  beforeAll(async () => {
    current = await createApiTestContext(env);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as ApiTestContext, {
    get(_target, key) {
      if (!current)
        throw new Error(`useApiHarness: the API runs only inside the file's tests (read ${String(key)})`);
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
