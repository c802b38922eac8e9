import { demoUsers, DEFAULT_PASSWORD } from '@dispatch/dev-idp';
import { DEMO_TENANTS } from './demo-tenants';

export interface BannerInput {
  apiPort: number;
  metricsUrl: string;
  idpUrl: string;
  services: { postgres: string; redis: string };
}

/** What a newcomer needs after `npm start`: where to click and who to sign in as. */
export function banner({ apiPort, metricsUrl, idpUrl, services }: BannerInput): string {
  const lines = [
    '',
    'Dispatch is running.',
    '',
    ...DEMO_TENANTS.flatMap((tenant) => {
      const base = `http://${tenant.slug}.localhost:${apiPort}`;
      const users = (demoUsers[tenant.realm] ?? []).map(
        (user) => `${user.username} (${user.roles.join(', ')}${user.region ? `, ${user.region}` : ''})`,
      );
      return [
        `  ${tenant.name.padEnd(20)} ${base}/auth/login`,
        `  ${''.padEnd(20)} sign in as: ${users.join(' · ')}`,
      ];
    }),
    '',
    `  API health           http://localhost:${apiPort}/api/health`,
    `  OpenAPI document     http://localhost:${apiPort}/api/openapi.json`,
    `  Metrics (internal)   ${metricsUrl}`,
    `  Dev identity provider ${idpUrl}/realms/{platform,dispatch-acme,dispatch-globex}`,
    `  Platform admin       user platform-admin, or client dispatch-platform-cli / dev-secret (client credentials)`,
    `  Every demo password  ${DEFAULT_PASSWORD}`,
    '',
    `  Postgres             ${services.postgres}`,
    `  Redis                ${services.redis}`,
    '',
    '  *.localhost resolves to 127.0.0.1 in browsers; with curl add  -H "Host: acme.localhost".',
    '  Press Ctrl-C to stop everything.',
    '',
  ];
  return lines.join('\n');
}
