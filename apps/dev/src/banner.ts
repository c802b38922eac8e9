import { demoUsers, DEFAULT_PASSWORD, PLATFORM_REALM } from '@dispatch/dev-idp';
import { DEMO_TENANTS } from './demo-tenants';

export interface BannerInput {
  /** `http://{slug}.localhost:{port}` */
  origin(slug: string): string;
  apiPort: number;
  webServed: boolean;
  metricsUrl: string;
  idpUrl: string;
  issuer(realm: string): string;
  logFile: string;
  services: { postgres: string; redis: string; objectStore?: string };
}

const ROLE_ORDER = ['dispatch-admin', 'dispatch-dispatcher', 'dispatch-driver', 'dispatch-viewer'];

/** What a newcomer needs after `npm start`: where to click, who to sign in as, and what an API client uses. */
export function banner(input: BannerInput): string {
  const { origin, webServed } = input;
  const pad = (label: string) => `  ${label.padEnd(22)}`;
  const lines = ['', 'Dispatch is running.', ''];
  for (const tenant of DEMO_TENANTS) {
    const users = [...(demoUsers[tenant.realm] ?? [])].sort(
      (a, b) => ROLE_ORDER.indexOf(a.roles[0]!) - ROLE_ORDER.indexOf(b.roles[0]!),
    );
    lines.push(
      `${pad(tenant.name)}${origin(tenant.slug)}/${webServed ? '' : '  (API only: no web app built)'}`,
    );
    for (const user of users) {
      const role = user.roles.map((name) => name.replace(/^dispatch-/, '')).join(', ');
      const notes = [user.region && `region ${user.region}`, user.mfa && 'second factor'].filter(Boolean);
      lines.push(
        `${pad('')}${role.padEnd(11)} ${user.username}${notes.length ? `  (${notes.join(', ')})` : ''}`,
      );
    }
    lines.push(
      `${pad('')}API client  client credentials dispatch-integration / dev-secret (acts as a dispatcher)`,
      `${pad('')}            token URL ${input.issuer(tenant.realm)}/protocol/openid-connect/token`,
      '',
    );
  }
  const platformAdmin = demoUsers[PLATFORM_REALM]?.[0]?.username ?? 'platform-admin';
  lines.push(
    `${pad('Platform console')}${origin('platform')}/  (sign in as ${platformAdmin})`,
    `${pad('')}CLI / API: client credentials dispatch-platform-cli / dev-secret`,
    `${pad('')}token URL ${input.issuer(PLATFORM_REALM)}/protocol/openid-connect/token`,
    `${pad('Every demo password')}${DEFAULT_PASSWORD}  (the sign-in page also offers "password only")`,
    '',
    `${pad('API reference')}${origin('acme')}/api/docs  (try requests as acme)`,
    `${pad('OpenAPI document')}http://localhost:${input.apiPort}/api/openapi.json`,
    `${pad('API health')}http://localhost:${input.apiPort}/api/health`,
    `${pad('Metrics (internal)')}${input.metricsUrl}`,
    `${pad('Dev identity provider')}${input.idpUrl}/realms/{platform,dispatch-acme,dispatch-globex}`,
    `${pad('API request log')}${input.logFile}`,
    '',
    `${pad('Postgres')}${input.services.postgres}`,
    `${pad('Redis')}${input.services.redis}`,
    ...(input.services.objectStore ? [`${pad('Object store')}${input.services.objectStore}`] : []),
    '',
    '  A new tenant signs in once its realm exists: pnpm dev:add-realm <slug> (prints the tenants create command).',
    '  Hot reload for the web app: pnpm dev:web, then open http://acme.localhost:5173/',
    '  *.localhost resolves to 127.0.0.1 in browsers; with curl add  -H "Host: acme.localhost".',
    '  Press Ctrl-C to stop everything.',
    '',
  );
  return lines.join('\n');
}
