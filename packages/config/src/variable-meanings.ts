/**
 * What each variable the loader reads means, for `docs/configuration.md`. A variable the loader reads without
 * an entry here fails configuration-doc.test.ts, so a new setting cannot ship undocumented.
 */
export const VARIABLE_MEANINGS: Record<string, string> = {
  DATABASE_URL:
    'Runtime Postgres connection as the app role (neither owner nor superuser, subject to row-level security).',
  NODE_ENV: '`production` refuses development fallbacks (the secrets key) and turns off pretty logs.',
  HOST: 'Address the public HTTP listener binds to.',
  PORT: 'Port of the public HTTP listener (API, Socket.IO and, with `WEB_DIST_DIR`, the web app).',
  BASE_DOMAIN: 'Tenants are served at `{slug}.{BASE_DOMAIN}`; the apex and `api.` are shared hosts.',
  BODY_LIMIT_BYTES: 'Largest request body accepted; larger ones get 413.',
  API_PROCESSES:
    'API processes per host or pod sharing the port through `node:cluster` (1: no cluster). More than 1: a primary forks that many workers, restarts any that crash, forwards SIGTERM to all of them (each drains as one replica would) and serves their metrics summed on `METRICS_PORT`. Socket.IO then takes websocket connections only (long-polling would need sticky sessions between processes); see docs/operations/README.md.',
  TRUST_PROXY: 'Trust `X-Forwarded-*` from the ingress in front (client address, protocol).',
  METRICS_PORT: 'Port of the internal Prometheus listener (`/metrics`).',
  METRICS_HOST:
    'Address the metrics listener binds to: loopback unless set; the Helm chart sets `0.0.0.0` behind a NetworkPolicy.',
  DATABASE_ADMIN_URL:
    'Owner connection for migrations and tenant provisioning (platform API, CLI); unset, those operations are unavailable.',
  DATABASE_READ_URL: 'Optional read replica for reports; unset, reports read from `DATABASE_URL`.',
  DATABASE_POOL_MAX: 'Connections in the app pool per replica (the read pool uses the same size).',
  DATABASE_POOL_MAX_LIFETIME_SECONDS:
    "Server connections are recycled after this long, so per-backend catalog caches (one entry per tenant table) and the audit append's compiled function (about 130 KiB per tenant a connection wrote to) stay bounded.",
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS:
    'How long a request waits for a pooled connection (or a new one to open) before it answers 503 `database-unavailable`.',
  DATABASE_POOL_LANE_SIZE:
    "Connections per lane of the app and read pools. Each tenant has a home lane and takes its connections while one is free, else the next lane's: a Postgres backend pays for every tenant schema it touches (catalog entries, planned statements), so fewer backends per tenant means less of that, after every start and recycling. 0, or not below `DATABASE_POOL_MAX`: one shared pool.",
  DATABASE_APP_ROLE: 'Name of the runtime role that provisioning grants tenant schemas to.',
  DATABASE_NAMED_STATEMENTS:
    'Named prepared statements each app-pool connection keeps for tenant reads and writes (per tenant schema, least recently used deallocated; about 16–25 KiB of backend memory each, and as much again for the generic plan it keeps). Every backend walks all its plans on each table invalidation (analyses by autovacuum), so more is not free. Set 0 when `DATABASE_URL` goes through pgBouncer (the chart does).',
  DATABASE_PLAN_CACHE_MODE:
    "Postgres' `plan_cache_mode` for the app pool's named statements (a startup setting of connections that keep them): `force_generic_plan` plans each statement once per connection and tenant; `auto` plans its first five runs for their values first, which with many tenants per connection means planning nearly every call. `auto` is the way out should one statement's generic plan prove bad for some tenant's data.",
  REDIS_URL: 'Redis for the dispatch queue, realtime fan-out, sessions and rate limits.',
  PLATFORM_OIDC_ISSUER: 'Issuer of platform-operator tokens (the platform realm).',
  PLATFORM_OIDC_AUDIENCE: 'Audience platform-operator tokens must carry.',
  PLATFORM_OIDC_JWKS_URI:
    'Explicit JWKS URI for the platform issuer; unset, it is discovered from the issuer.',
  PLATFORM_WEB_CLIENT_ID:
    'OIDC client (public, PKCE) of the platform console: platform admins sign in on `platform.{BASE_DOMAIN}`; unset, the console has no web sign-in.',
  TENANT_CACHE_TTL_MS:
    'How long a replica caches a tenant registry lookup (changes are also pushed through Redis); a tenant in use is read again in the background before then.',
  TENANT_CACHE_MAX_ENTRIES:
    'Most tenants cached per lookup kind (slug, issuer); least recently used go first.',
  TENANT_EXPORT_DIR: 'Folder offboarding exports are written to.',
  SECRETS_ENCRYPTION_KEY:
    'AES-256-GCM key for secrets kept at rest (tenant OIDC client secrets, web sessions, signed cursors).',
  SECRETS_ENCRYPTION_KEYS_PREVIOUS:
    'Keys used before the last rotation of `SECRETS_ENCRYPTION_KEY`: they still open values sealed under them, never seal new ones. Drop one once `dispatch-admin secrets reseal` reports no value under it and old sessions have expired.',
  SESSION_TTL_SECONDS: 'Absolute lifetime of a web sign-in session (the IdP may end it sooner).',
  IDP_CHECK_ALLOWED_NETWORKS:
    'Private networks the identity dry run and tenant key fetches may reach besides public addresses (an on-premises Keycloak; `npm start` and the tests allow loopback).',
  IDP_ALLOW_HTTP:
    'In production, also accept plain-http issuers (never for real identity providers; the benchmark uses it for its loopback issuers). Always allowed outside production.',
  IDP_CHECK_TIMEOUT_MS: 'Deadline of each fetch of the identity dry run.',
  IDP_CHECK_MAX_BYTES: 'Largest response the identity dry run reads.',
  IDP_CHECK_PER_TENANT_PER_MINUTE: 'Identity dry runs a tenant may start per minute.',
  TOKEN_MAX_LIFETIME_SECONDS:
    'Tokens claiming a longer lifetime (`exp` − `iat`) are refused, whatever their signature.',
  'IDP_CLIENT_SECRET_<NAME>':
    "A tenant's OIDC client secret, for a tenant whose identity settings refer to it as `env:IDP_CLIENT_SECRET_<NAME>` " +
    'instead of storing it (for example from a Kubernetes Secret, or the field `idp_client_secret_<name>` in Vault).',
  WEB_DIST_DIR:
    "The web app's production build; set, tenant and platform hosts serve it; unset, the process is API only.",
  RATE_LIMITS_ENABLED:
    'Request limits (per user, tenant, anonymous IP, handshakes); `false` only for tests and benchmarks that measure something else.',
  RATE_LIMIT_WINDOW_SECONDS:
    "Window the request limits count over; per-tier figures are in `rate-limits.ts` and a tenant's registry settings.",
  RATE_LIMIT_ANONYMOUS_PER_IP:
    'Unauthenticated requests per client IP and window (`/auth/*`, bad tokens, unknown hosts).',
  RATE_LIMIT_HANDSHAKES_PER_IP: 'Socket.IO handshakes per client IP and window.',
  REALTIME_SOCKETS_PER_USER: 'Sockets one user may hold open on one replica.',
  LOG_LEVEL: 'Least severe log level written.',
  AUDIT_ANCHOR_INTERVAL_SECONDS:
    "How often each tenant's audit chain head is written to the object store, outside the database (needs `S3_BUCKET`); 0 turns it off.",
  AUDIT_ANCHOR_RETENTION_DAYS:
    'With S3 Object Lock enabled on the bucket, how long each anchor can be neither deleted nor overwritten (COMPLIANCE mode).',
  DASHBOARD_CACHE_TTL_SECONDS:
    "Longest a cached `GET /api/dashboard` answer is served from Redis; any realtime event of the tenant makes it unreachable sooner (docs/dashboard.md). Bounds the drift of the board's last-24-hours counts; `0` turns the cache off.",
  SHUTDOWN_GRACE_MS: 'Longest a shutdown may take before the process exits anyway.',
  SHUTDOWN_DRAIN_DELAY_MS:
    'Readiness answers 503 this long before the listener closes, so load balancers stop routing here first; connections still arriving then keep it open until none has come for 0.5 s, at most this long again.',
  S3_BUCKET:
    'Bucket of the S3-compatible object store (attachments; exports and backups with `EXPORT_STORAGE=s3`); unset, attachments are off.',
  S3_ENDPOINT:
    'S3 endpoint for a store other than AWS (Ceph RGW, MinIO); unset, the AWS endpoint of `S3_REGION`.',
  S3_REGION: 'Region the S3 requests are signed for.',
  S3_ACCESS_KEY_ID:
    "Access key of the object store; unset (with the secret), the AWS SDK's own chain (web identity, instance role).",
  S3_SECRET_ACCESS_KEY: 'Secret of `S3_ACCESS_KEY_ID`.',
  S3_FORCE_PATH_STYLE:
    '`true` for stores without virtual-hosted buckets (Ceph RGW without a DNS name, MinIO): `endpoint/bucket/key`.',
  EXPORT_STORAGE:
    '`filesystem` writes tenant exports and backups under `TENANT_EXPORT_DIR`; `s3` into the bucket (`exports/`, `backups/`).',
  ATTACHMENT_MAX_BYTES:
    'Largest attachment; the presigned upload policy makes the object store refuse larger ones.',
  ATTACHMENT_CONTENT_TYPES:
    'Media types an attachment may have; the upload policy pins the declared one, so the store refuses any other.',
  ATTACHMENT_UPLOAD_EXPIRY_SECONDS: 'How long a presigned upload stays valid.',
  ATTACHMENT_DOWNLOAD_EXPIRY_SECONDS: 'How long a presigned download link stays valid.',
  DISPATCH_QUEUE_LEASE_MS:
    'How long a taken queue head stays invisible to other replicas if its taker neither serves nor returns it.',
  DISPATCH_RECONCILE_INTERVAL_MS: "The queue reconciler's frequent pass, over tenants with queued requests.",
  DISPATCH_FULL_RECONCILE_INTERVAL_MS: "The queue reconciler's full pass, over every live tenant.",
  DATABASE_OWNER_ROLE:
    'Role the admin connection switches to at login (`SET ROLE` as a startup setting), so migrations and provisioning create objects owned by the fixed owner, never by an expiring Vault login whose `DROP ROLE` they would block.',
  VAULT_ADDR:
    'Vault server (docs/operations/vault.md). Set: secrets come from Vault at start and database credentials from leases the API renews and rotates; unset: nothing about Vault happens.',
  VAULT_NAMESPACE: 'Vault Enterprise namespace, if any.',
  VAULT_AUTH_METHOD:
    "`kubernetes` (the pod's service account token, in the cluster), `approle` (`VAULT_ROLE_ID` and `VAULT_SECRET_ID`) or `token` (`VAULT_TOKEN`).",
  VAULT_AUTH_MOUNT: 'Mount path of the auth method, e.g. `kubernetes-prod`.',
  VAULT_ROLE: 'Role of the Kubernetes auth method the pod logs in as.',
  VAULT_KUBERNETES_TOKEN_PATH: 'Service account token presented to the Kubernetes auth method.',
  VAULT_ROLE_ID: 'AppRole role id.',
  VAULT_SECRET_ID: 'AppRole secret id.',
  VAULT_TOKEN: 'Vault token for the `token` method (renewed while it is renewable).',
  VAULT_KV_PATH:
    'KV v2 data path (e.g. `secret/data/dispatch/prod`) whose fields become configuration variables by name: `redis_url` → `REDIS_URL`, `secrets_encryption_key`, `s3_access_key_id`, …; only variables listed here are taken.',
  VAULT_DATABASE_CREDS_PATH:
    'Dynamic credentials for `DATABASE_URL` (and `DATABASE_READ_URL`), e.g. `database/creds/dispatch-prod-app`; `DATABASE_URL` then names only host, port and database.',
  VAULT_DATABASE_ADMIN_CREDS_PATH:
    "Credentials for `DATABASE_ADMIN_URL`, e.g. `database/static-creds/dispatch-prod-migrator` (the fixed owner's rotated password).",
  VAULT_RENEW_AT_PERCENT:
    'A lease is renewed after this share of its duration; when Vault grants less than asked (max_ttl near) or renewal fails, new credentials are fetched and the pool swapped.',
  VAULT_REQUEST_TIMEOUT_MS: 'Deadline of each request to Vault.',
};
