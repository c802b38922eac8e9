-- Fixes platform.set_current_tenant_idp (20261121001000): its parameters `settings`, `actor` and `request_id`
-- share names with columns of platform.tenants and platform.audit_events, which PL/pgSQL rejects as
-- ambiguous at the first call. Same signature, so existing grants stay; parameters are now qualified.
CREATE OR REPLACE FUNCTION platform.set_current_tenant_idp(settings jsonb, actor text, request_id text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
DECLARE
  target uuid := platform.current_tenant_id();
  new_settings jsonb := set_current_tenant_idp.settings;
  new_issuer text := set_current_tenant_idp.settings ->> 'issuer';
BEGIN
  IF target IS NULL THEN
    RAISE EXCEPTION 'no current tenant' USING ERRCODE = '42501';
  END IF;
  IF new_issuer IS NULL OR new_issuer = '' THEN
    RAISE EXCEPTION 'identity settings need an issuer' USING ERRCODE = '22023';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('tenant-issuer:' || new_issuer));
  IF EXISTS (SELECT 1 FROM platform.tenants t
             WHERE t.idp_issuer = new_issuer AND t.id <> target AND t.status <> 'deleted') THEN
    RAISE EXCEPTION 'issuer is registered to another tenant' USING ERRCODE = '23505', CONSTRAINT = 'tenant_idp_issuer_in_use';
  END IF;
  UPDATE platform.tenants t SET idp = new_settings, idp_issuer = new_issuer, updated_at = now()
   WHERE t.id = target AND t.status IN ('trial', 'active');
  IF NOT FOUND THEN
    RAISE EXCEPTION 'tenant is not active' USING ERRCODE = '55000';
  END IF;
  INSERT INTO platform.audit_events (id, actor, action, tenant_id, detail, request_id)
  VALUES (gen_random_uuid(), set_current_tenant_idp.actor, 'tenant.idp-changed', target,
          jsonb_build_object('idp', new_settings), set_current_tenant_idp.request_id);
END $$;
