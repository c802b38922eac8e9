import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiTestContext, type ApiTestContext } from '../../api/src/test/api-test-context';

/**
 * The web app's API types (`src/api/schema.d.ts`) are generated from the OpenAPI document the API serves.
 * This fails when the committed file differs from what the API serves now; `pnpm --filter @dispatch/web
 * gen:api` rewrites it (Vitest's `-u` updates the file snapshot).
 */
let ctx: ApiTestContext;
beforeAll(async () => {
  ctx = await createApiTestContext();
});
afterAll(() => ctx?.close());

it('the committed API types match the OpenAPI document the API serves', async () => {
  const response = await ctx.app.inject('/api/openapi.json');
  expect(response.statusCode).toBe(200);
  const ast = await openapiTS(response.json(), { alphabetize: true });
  const header =
    "// Generated from the API's OpenAPI document by apps/web/test/api-types.test.ts. Do not edit:\n" +
    '// run `pnpm --filter @dispatch/web gen:api` after changing the API.\n';
  await expect(header + astToString(ast)).toMatchFileSnapshot('../src/api/schema.d.ts');
});
