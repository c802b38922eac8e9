/**
 * `pnpm dev:add-realm <slug>`: adds the realm `dispatch-<slug>` (one user per role, the web and integration
 * clients, password `demo`) to the dev identity provider that `npm start` runs, and prints the command that
 * provisions the tenant against it. The realm is remembered across restarts (.data/dev-idp/realms.json).
 */
const slug = process.argv[2];
const apiPort = process.env.PORT ?? '3000';
const idpUrl = (process.env.DEV_IDP_URL ?? `http://127.0.0.1:${process.env.DEV_IDP_PORT ?? 4000}`).replace(
  /\/+$/,
  '',
);
if (!slug) {
  process.stderr.write('usage: pnpm dev:add-realm <slug>\n');
  process.exit(2);
}
let response: Response;
try {
  response = await fetch(`${idpUrl}/admin/realms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ slug }),
  });
} catch {
  process.stderr.write(`The dev identity provider does not answer at ${idpUrl}: is npm start running?\n`);
  process.exit(1);
}
const body = (await response.json()) as { realm?: string; issuer?: string; added?: boolean; error?: string };
if (!response.ok || !body.issuer) {
  process.stderr.write(`Could not add the realm: ${body.error ?? response.status}\n`);
  process.exit(1);
}
process.stdout.write(
  [
    `${body.added ? 'Added' : 'Already there:'} realm ${body.realm}  issuer ${body.issuer}`,
    `Users: ${slug}-admin, ${slug}-dispatcher, ${slug}-driver, ${slug}-viewer (password demo)`,
    '',
    'Provision the tenant against it with the platform CLI (a platform token from the dev client credentials):',
    `  TOKEN=$(curl -s -u dispatch-platform-cli:dev-secret -d grant_type=client_credentials ${idpUrl}/realms/platform/protocol/openid-connect/token | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')`,
    `  pnpm cli -- --api http://localhost:${apiPort} --token "$TOKEN" tenants create ${slug} --name "${slug}" --issuer ${body.issuer} --audience dispatch-api --web-client-id dispatch-web`,
    `Then open http://${slug}.localhost:${apiPort}/`,
    '',
  ].join('\n'),
);
export {};
