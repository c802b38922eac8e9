import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { sharedSerializerFactory } from './serializer-compiler';

const Problem = {
  $id: 'Problem',
  type: 'object',
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } },
};
const problem = { allOf: [{ $ref: 'Problem' }, { type: 'object', required: ['type'] }] };
const item = { type: 'object', properties: { id: { type: 'string' } } };

describe('shared response serializers', () => {
  it('compiles one serializer per distinct schema, shared by every route and status that declares it', async () => {
    const compiled = new Map();
    const app = Fastify({
      schemaController: { compilersFactory: { buildSerializer: sharedSerializerFactory(compiled) } },
    });
    app.addSchema(Problem);
    for (const path of ['/a', '/b', '/c'])
      app.get(
        path,
        { schema: { response: { 200: item, 404: problem, 409: problem } } },
        async (request, reply) =>
          request.url === '/a'
            ? { id: 'x', dropped: true }
            : reply.code(404).send({ type: 'about:blank', title: 'Not found', status: 404, extra: 1 }),
      );
    await app.ready();
    // Three routes × three statuses, two distinct schemas.
    expect(compiled.size).toBe(2);
    // Each still writes what its own schema says: unknown fields are left out, the shared $ref resolved.
    expect((await app.inject('/a')).json()).toEqual({ id: 'x' });
    const refused = await app.inject('/b');
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toEqual({ type: 'about:blank', title: 'Not found', status: 404 });
    await app.close();
  });

  it('does not share a serializer between instances whose shared schemas differ', async () => {
    const compiled = new Map();
    const factory = sharedSerializerFactory(compiled);
    const narrow = Fastify({ schemaController: { compilersFactory: { buildSerializer: factory } } });
    const wide = Fastify({ schemaController: { compilersFactory: { buildSerializer: factory } } });
    narrow.addSchema(Problem);
    wide.addSchema({ ...Problem, properties: { ...Problem.properties, detail: { type: 'string' } } });
    for (const app of [narrow, wide])
      app.get('/p', { schema: { response: { 400: problem } } }, async (_request, reply) =>
        reply.code(400).send({ type: 'about:blank', title: 'Bad', status: 400, detail: 'why' }),
      );
    await Promise.all([narrow.ready(), wide.ready()]);
    expect(compiled.size).toBe(2);
    expect((await narrow.inject('/p')).json()).toEqual({ type: 'about:blank', title: 'Bad', status: 400 });
    expect((await wide.inject('/p')).json()).toEqual({
      type: 'about:blank',
      title: 'Bad',
      status: 400,
      detail: 'why',
    });
    await Promise.all([narrow.close(), wide.close()]);
  });
});
