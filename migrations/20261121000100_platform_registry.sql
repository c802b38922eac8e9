-- Platform registry: lives outside every tenant schema. Run as the owner role.

CREATE TABLE platform.tenants (
  id               uuid PRIMARY KEY,
  slug             text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$'),
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  schema_name      text NOT NULL CHECK (schema_name ~ '^tenant_[a-z0-9_]{3,63}$'),
  status           text NOT NULL CHECK (status IN ('trial', 'active', 'suspended', 'offboarding', 'deleted')),
  tier             text NOT NULL CHECK (tier IN ('trial', 'standard', 'premium', 'enterprise')),
  -- Identity-provider settings without secrets; the issuer is copied out so resolution by token is an index lookup.
  idp              jsonb NOT NULL DEFAULT '{}'::jsonb,
  idp_issuer       text,
  settings         jsonb NOT NULL DEFAULT '{}'::jsonb,
  template_version text,
  export_location  text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  deleted_at       timestamptz
);

-- A deleted tenant keeps its row as a tombstone; its slug may be provisioned again.
CREATE UNIQUE INDEX tenants_live_slug_key ON platform.tenants (slug) WHERE status <> 'deleted';
CREATE UNIQUE INDEX tenants_live_schema_key ON platform.tenants (schema_name) WHERE status <> 'deleted';
CREATE INDEX tenants_idp_issuer_idx ON platform.tenants (idp_issuer) WHERE status <> 'deleted';

-- Which tenant-template migrations each tenant schema has applied (and their checksums).
CREATE TABLE platform.tenant_migrations (
  tenant_id  uuid NOT NULL REFERENCES platform.tenants (id) ON DELETE CASCADE,
  version    text NOT NULL,
  checksum   text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, version)
);

-- Platform-level audit: who provisioned, suspended, migrated or deleted which tenant.
CREATE TABLE platform.audit_events (
  id         uuid PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  actor      text NOT NULL,
  action     text NOT NULL,
  tenant_id  uuid,
  detail     jsonb NOT NULL DEFAULT '{}'::jsonb,
  request_id text
);
CREATE INDEX platform_audit_tenant_idx ON platform.audit_events (tenant_id, at);

-- The tenant a transaction works for. '' (a setting reset on a reused connection) and NULL both mean none.
CREATE FUNCTION platform.current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.current_tenant', true), '')::uuid $$;

-- Every tenant table gets the same forced policy: rows of the current tenant only, for reads and writes.
-- FORCE makes the policy apply to the table owner too; only superusers and BYPASSRLS roles escape it.
CREATE FUNCTION platform.enable_tenant_rls(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (tenant_id = platform.current_tenant_id()) '
    'WITH CHECK (tenant_id = platform.current_tenant_id())', target);
END $$;
