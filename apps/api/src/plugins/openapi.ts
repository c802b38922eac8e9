import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';

/** The OpenAPI document is generated from the very schemas that validate requests. */
export const openapiPlugin = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Dispatch API',
          version: '0.1.0',
          description: 'Multi-tenant equipment and driver dispatch.',
        },
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
        security: [{ bearer: [] }],
      },
    });
  },
  { name: 'openapi' },
);
