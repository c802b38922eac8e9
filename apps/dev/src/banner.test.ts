import { describe, expect, it } from 'vitest';
import { banner } from './banner';

describe('the start banner', () => {
  const text = banner({
    origin: (slug) => `http://${slug}.localhost:3000`,
    apiPort: 3000,
    webServed: true,
    metricsUrl: 'http://127.0.0.1:9464/metrics',
    idpUrl: 'http://127.0.0.1:4000',
    issuer: (realm) => `http://127.0.0.1:4000/realms/${realm}`,
    logFile: '/repo/.data/logs/api.log',
    services: { postgres: 'embedded', redis: 'child' },
  });

  it('names the app of each demo tenant, the platform console and the API reference', () => {
    expect(text).toMatch(/Acme Construction +http:\/\/acme\.localhost:3000\//);
    expect(text).toMatch(/Globex Logistics +http:\/\/globex\.localhost:3000\//);
    expect(text).toMatch(
      /Platform console +http:\/\/platform\.localhost:3000\/ {2}\(sign in as platform-admin\)/,
    );
    expect(text).toContain('http://acme.localhost:3000/api/docs');
  });

  it('lists a demo user per role for each tenant, and the password', () => {
    for (const line of [
      'admin       acme-admin  (second factor)',
      'dispatcher  acme-dispatcher  (region north, second factor)',
      'driver      globex-driver  (region north)',
      'viewer      globex-viewer',
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/Every demo password +demo/);
  });

  it("gives an API developer each tenant's client credentials and token URL, and where request logs go", () => {
    expect(text).toContain('client credentials dispatch-integration / dev-secret');
    expect(text).toContain(
      'token URL http://127.0.0.1:4000/realms/dispatch-globex/protocol/openid-connect/token',
    );
    expect(text).toContain('API request log');
    expect(text).toContain('/repo/.data/logs/api.log');
  });
});
