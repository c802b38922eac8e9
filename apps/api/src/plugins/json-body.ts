import fp from 'fastify-plugin';

/**
 * JSON bodies, with one allowance: an empty body sent with `content-type: application/json` is no body.
 * Generated clients (openapi-fetch and most others) send that header on every POST/DELETE, including the
 * body-less ones (cancel a request, sign out); Fastify's default parser refuses them with a 400.
 * Non-empty bodies go through Fastify's own parser (prototype-poisoning protection included).
 */
export const jsonBodyPlugin = fp(
  async (app) => {
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const text = body.toString();
      if (text === '') return done(null, undefined);
      return parseJson(request, text, done);
    });
    // A route that takes a body sees an absent one as `{}`: its schema then accepts it (every field optional) or
    // names each missing field, instead of a bare "body must be object".
    app.addHook('preValidation', async (request) => {
      if (request.body === undefined && request.routeOptions.schema?.body) request.body = {};
    });
  },
  { name: 'json-body' },
);
