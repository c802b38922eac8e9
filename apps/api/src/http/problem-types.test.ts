import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TenancyErrorCode } from '@dispatch/db';
import { PROBLEM_BASE, problemCatalogue, type ProblemType } from '#src/kernel/problems';
import { useApiHarness } from '#src/test/api-harness';

/**
 * The problem catalogue against the code and the OpenAPI document: every type the code throws is in the
 * catalogue, every catalogue type is answered somewhere, and every route declares the types its module throws.
 */

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Helpers whose call throws a known problem type (their own throw is in a file of another folder). */
const THROWING_HELPERS: Record<string, ProblemType> = {
  notFound: 'not-found',
  badRequest: 'validation-failed',
  decodeCursor: 'validation-failed',
  assertRegionAllowed: 'region-forbidden',
  assertNonAdminFields: 'admin-field',
  dryRunFailed: 'idp-check-failed',
};

/** Problem types a file raises, as far as its text says: literal AppError/assertThat types and helper calls. */
function thrownTypes(text: string): string[] {
  const types = [
    ...[...text.matchAll(/new AppError\(\s*'([a-z-]+)'/g)].map((match) => match[1]!),
    ...[...text.matchAll(/assertThat\(\s*[^,]+,\s*'([a-z-]+)'/g)].map((match) => match[1]!),
  ];
  for (const [helper, type] of Object.entries(THROWING_HELPERS)) {
    if (new RegExp(`\\b${helper}\\(`).test(text) && !text.includes(`function ${helper}(`)) types.push(type);
  }
  if (/\.dryRun\.run\(/.test(text)) types.push('idp-check-rate-limited');
  return types;
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path),
  text: readFileSync(path, 'utf8'),
}));

/** Raised in the code, but never answered by a documented route; each says why. */
const NOT_ON_DOCUMENTED_ROUTES: Partial<Record<ProblemType, string>> = {
  'route-not-authorized': 'answers only routes registered without an access rule, which the review forbids',
  'web-app-not-built': 'the web app shell routes are hidden from the document',
  'too-many-sockets': 'realtime handshake (Socket.IO connect_error), not an HTTP route',
  'origin-not-allowed': 'realtime handshake (Socket.IO connect_error), not an HTTP route',
  'driver-not-linked': 'realtime handshake (Socket.IO connect_error), not an HTTP route',
  // TenancyError codes of paths the API runs in the background or not at all (the CLI runs backups).
  'migration-checksum-mismatch': 'migration runs go on in the background and report in the run status',
  'migration-failed': 'migration runs go on in the background and report in the run status',
  'invalid-backup': 'backup and restore are CLI commands',
  'restore-refused': 'backup and restore are CLI commands',
};

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

const ctx = useApiHarness();
let operations: Map<string, { status: string; types: string[] }[]>;
beforeAll(async () => {
  const doc = (await ctx.app.inject('/api/openapi.json')).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = new Map();
  for (const methods of Object.values(doc.paths)) {
    for (const operation of Object.values(methods)) {
      const declared = Object.entries(operation.responses).flatMap(([status, response]) => {
        const schema = response.content?.['application/problem+json']?.schema as
          { allOf?: { properties?: { type?: { enum?: string[] } } }[] } | undefined;
        if (!schema) return [];
        const types = (schema.allOf ?? []).flatMap((part) => part.properties?.type?.enum ?? []);
        return [{ status, types: types.map((uri) => uri.slice(PROBLEM_BASE.length)) }];
      });
      operations.set(operation.operationId, declared);
    }
  }
});

describe('the problem catalogue', () => {
  it('holds every problem type the code raises', () => {
    const unknown = files.flatMap(({ path, text }) =>
      thrownTypes(text)
        .filter((type) => !Object.hasOwn(problemCatalogue, type))
        .map((type) => `${path}: ${type}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has no type nobody raises', () => {
    const raised = new Set(files.flatMap(({ text }) => thrownTypes(text)));
    // Raised by the error handler itself (plugins/problem-details.ts) and by packages/db as TenancyError codes.
    const handler = readFileSync(join(SRC, 'plugins/problem-details.ts'), 'utf8');
    for (const match of handler.matchAll(/(?:problem\(|return )'([a-z-]+)'/g)) raised.add(match[1]!);
    const tenancy: Record<TenancyErrorCode, true> = {
      'invalid-slug': true,
      'slug-conflict': true,
      'issuer-in-use': true,
      'tenant-not-found': true,
      'invalid-state': true,
      'migration-checksum-mismatch': true,
      'migration-failed': true,
      'invalid-backup': true,
      'restore-refused': true,
    };
    for (const code of Object.keys(tenancy)) raised.add(code);
    expect(Object.keys(problemCatalogue).filter((type) => !raised.has(type))).toEqual([]);
  });
});

describe('the problem types each route declares in the OpenAPI document', () => {
  it('are catalogue types, each under its catalogue status, on every operation', () => {
    expect(operations.size).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const [operationId, declared] of operations) {
      if (declared.length === 0) wrong.push(`${operationId}: declares no problem types`);
      for (const { status, types } of declared) {
        if (types.length === 0) wrong.push(`${operationId} ${status}: no type list`);
        for (const type of types) {
          const entry = problemCatalogue[type as ProblemType] as { status: number } | undefined;
          if (!entry) wrong.push(`${operationId} ${status}: ${type} is not in the catalogue`);
          else if (String(entry.status) !== status)
            wrong.push(`${operationId} ${status}: ${type} is a ${entry.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('cover every type a module raises, over the operations its route files define', () => {
    const missing: string[] = [];
    const modules = new Set(files.map(({ path }) => path.split('/').slice(0, 2).join('/')));
    for (const folder of [...modules].filter((name) => name.startsWith('modules/'))) {
      const own = files.filter(({ path }) => path.startsWith(`${folder}/`));
      const operationIds = own.flatMap(({ text }) =>
        [...text.matchAll(/operationId: '([A-Za-z]+)'/g)].map((match) => match[1]!),
      );
      // Modules without documented operations (realtime, web-app) answer over Socket.IO or hidden routes.
      if (operationIds.length === 0) continue;
      const declared = new Set(
        operationIds.flatMap((id) => (operations.get(id) ?? []).flatMap(({ types }) => types)),
      );
      const raised = new Set(own.flatMap(({ text }) => thrownTypes(text)));
      for (const type of raised) if (!declared.has(type)) missing.push(`${folder}: ${type}`);
    }
    expect(missing).toEqual([]);
  });

  it('name every catalogue type on some route, except the few no documented route answers', () => {
    const declared = new Set([...operations.values()].flat().flatMap(({ types }) => types));
    const undeclared = Object.keys(problemCatalogue).filter(
      (type) => !declared.has(type) && !(type in NOT_ON_DOCUMENTED_ROUTES),
    );
    expect(undeclared).toEqual([]);
    // The exceptions stay honest: each is really absent from the document.
    expect(Object.keys(NOT_ON_DOCUMENTED_ROUTES).filter((type) => declared.has(type))).toEqual([]);
  });
});
