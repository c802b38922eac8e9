import {
  SerializerSelector,
  type Serializer,
  type SerializerFactory,
} from '@fastify/fast-json-stringify-compiler';

/**
 * Fastify's response serializers (fast-json-stringify), compiled once per distinct schema instead of once per
 * route and status. Every route declares the same problem responses for the same statuses, so the library
 * compiled about a thousand serializers, most of them alike; each keeps its generated source and code on the
 * heap for the life of the process, and every full collection marks them again. What a serializer writes depends
 * only on its schema and on the shared schemas a `$ref` may name, so both make the key; the route, method and
 * status are not part of it.
 */
export function sharedSerializerFactory(compiled = new Map<string, Serializer>()): SerializerFactory {
  const build = SerializerSelector();
  return (externalSchemas, serializerOptions) => {
    const compile = build(externalSchemas, serializerOptions);
    const context = JSON.stringify([externalSchemas ?? null, serializerOptions ?? null]);
    return (route) => {
      const key = `${context}\u0000${JSON.stringify(route.schema)}`;
      let serializer = compiled.get(key);
      if (!serializer) compiled.set(key, (serializer = compile(route)));
      return serializer;
    };
  };
}
