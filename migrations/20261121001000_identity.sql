-- Identity (issue 3): tenant OIDC client secrets, encrypted at rest, and the one door through which a
-- tenant admin (the runtime role, inside a tenant transaction) may change its own identity settings.

-- One row per tenant and web client. `sealed` is AES-256-GCM ciphertext (SECRETS_ENCRYPTION_KEY), bound to
-- tenant and client id; the plaintext never reaches the database. Not part of tenant exports.
CREATE TABLE platform.tenant_idp_secrets (
  tenant_id  uuid NOT NULL REFERENCES platform.tenants (id) ON DELETE CASCADE,
  client_id  text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
  sealed     text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, client_id)
);
-- Same forced policy as tenant tables: only the current tenant's row is visible or writable.
SELECT platform.enable_tenant_rls('platform.tenant_idp_secrets');

-- The runtime role only reads the registry; this function lets it replace the identity settings of the
-- tenant its transaction works for (app.current_tenant) and of no other. An issuer another live tenant
-- already uses is refused, so a tenant cannot make token-based resolution of someone else ambiguous.
CREATE FUNCTION platform.set_current_tenant_idp(settings jsonb, actor text, request_id text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
DECLARE
  target uuid := platform.current_tenant_id();
  new_issuer text := settings ->> 'issuer';
BEGIN
  IF target IS NULL THEN
    RAISE EXCEPTION 'no current tenant' USING ERRCODE = '42501';
  END IF;
  IF new_issuer IS NULL OR new_issuer = '' THEN
    RAISE EXCEPTION 'identity settings need an issuer' USING ERRCODE = '22023';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('tenant-issuer:' || new_issuer));
  IF EXISTS (SELECT 1 FROM platform.tenants
             WHERE idp_issuer = new_issuer AND id <> target AND status <> 'deleted') THEN
    RAISE EXCEPTION 'issuer is registered to another tenant' USING ERRCODE = '23505', CONSTRAINT = 'tenant_idp_issuer_in_use';
  END IF;
  UPDATE platform.tenants SET idp = settings, idp_issuer = new_issuer, updated_at = now()
   WHERE id = target AND status IN ('trial', 'active');
  IF NOT FOUND THEN
    RAISE EXCEPTION 'tenant is not active' USING ERRCODE = '55000';
  END IF;
  INSERT INTO platform.audit_events (id, actor, action, tenant_id, detail, request_id)
  VALUES (gen_random_uuid(), actor, 'tenant.idp-changed', target, jsonb_build_object('idp', settings), request_id);
END $$;
REVOKE ALL ON FUNCTION platform.set_current_tenant_idp(jsonb, text, text) FROM PUBLIC;
