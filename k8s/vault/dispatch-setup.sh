#!/usr/bin/env bash
# One-time Vault setup for Dispatch (run with a Vault token allowed to configure auth, secrets and policies).
# Dynamic Postgres credentials: the app role gets leases that pgBouncer's server_lifetime (1800 s) stays below;
# migrations and backups log in as the fixed owner role through a Vault static role (rotated password).
# Verified: the SQL it hands Vault runs in the tests against Postgres and, in CI, through a real Vault dev server
# (docs/operations/vault.md); this script itself runs nowhere here (no Vault binary on the build machines).
set -euo pipefail
: "${DB_HOST:?}" "${DB_ADMIN_USER:?}" "${DB_ADMIN_PASSWORD:?}" "${ENVIRONMENT:=prod}"

vault auth enable -path="kubernetes-${ENVIRONMENT}" kubernetes 2>/dev/null || true
vault write "auth/kubernetes-${ENVIRONMENT}/config" kubernetes_host="https://kubernetes.default.svc"

vault secrets enable database 2>/dev/null || true
vault write "database/config/dispatch-${ENVIRONMENT}" \
  plugin_name=postgresql-database-plugin \
  connection_url="postgresql://{{username}}:{{password}}@${DB_HOST}:5432/dispatch?sslmode=require" \
  username="${DB_ADMIN_USER}" password="${DB_ADMIN_PASSWORD}" \
  allowed_roles="dispatch-${ENVIRONMENT}-app,dispatch-${ENVIRONMENT}-migrator"

# Members of dispatch_app: no owner rights, subject to row-level security. The statements are the files the
# tests run against Postgres (packages/db/src/roles/vault-role.test.ts): revocation forbids new logins, terminates
# the role's backends (pooled connections would keep a dropped role alive), then drops it.
SQL_DIR="$(cd "$(dirname "$0")/../../packages/db/src/roles" && pwd)"
vault write "database/roles/dispatch-${ENVIRONMENT}-app" db_name="dispatch-${ENVIRONMENT}" \
  default_ttl="${APP_LEASE_TTL:-1h}" max_ttl="${APP_LEASE_MAX_TTL:-24h}" \
  creation_statements=@"${SQL_DIR}/vault-creation.sql" \
  renew_statements=@"${SQL_DIR}/vault-renewal.sql" \
  revocation_statements=@"${SQL_DIR}/vault-revocation.sql"

# The migrator is a static role: Vault rotates the password of the fixed owner role dispatch_owner (which owns the
# schemas) instead of creating a role per lease, because objects owned by a per-lease role would block its DROP ROLE.
vault write "database/static-roles/dispatch-${ENVIRONMENT}-migrator" db_name="dispatch-${ENVIRONMENT}" \
  username=dispatch_owner rotation_period=24h

vault secrets enable -path=secret kv-v2 2>/dev/null || true

# The API also reads the owner's credentials: the platform API provisions tenants, and operators run
# dispatch-admin inside API pods.
vault policy write "dispatch-${ENVIRONMENT}" - <<POLICY
path "database/creds/dispatch-${ENVIRONMENT}-app" { capabilities = ["read"] }
path "database/static-creds/dispatch-${ENVIRONMENT}-migrator" { capabilities = ["read"] }
path "secret/data/dispatch/${ENVIRONMENT}" { capabilities = ["read"] }
POLICY
vault policy write "dispatch-${ENVIRONMENT}-migrator" - <<POLICY
path "database/static-creds/dispatch-${ENVIRONMENT}-migrator" { capabilities = ["read"] }
path "secret/data/dispatch/${ENVIRONMENT}" { capabilities = ["read"] }
POLICY

# The chart's pods log in with their service accounts (API, pgBouncer, Redis: the app role; migration Job and
# backup CronJob: the migrator role).
vault write "auth/kubernetes-${ENVIRONMENT}/role/dispatch-${ENVIRONMENT}" \
  bound_service_account_names="dispatch-api,default" bound_service_account_namespaces="dispatch" \
  policies="dispatch-${ENVIRONMENT}" ttl=1h
vault write "auth/kubernetes-${ENVIRONMENT}/role/dispatch-${ENVIRONMENT}-migrator" \
  bound_service_account_names="dispatch-migrate,dispatch-api" bound_service_account_namespaces="dispatch" \
  policies="dispatch-${ENVIRONMENT}-migrator" ttl=1h
