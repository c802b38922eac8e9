-- Issue 10: tenant settings (`GET|PUT /api/settings`). The runtime role only reads the registry; like
-- platform.set_current_tenant_idp, this function lets it change the settings of the tenant its transaction
-- works for (app.current_tenant) and of no other. Top-level keys it is given replace the stored ones; keys it
-- is not given (set by platform admins at provisioning) stay.
CREATE FUNCTION platform.set_current_tenant_settings(new_settings jsonb, actor text, request_id text)
  RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
DECLARE
  target uuid := platform.current_tenant_id();
BEGIN
  IF target IS NULL THEN
    RAISE EXCEPTION 'no current tenant' USING ERRCODE = '42501';
  END IF;
  IF jsonb_typeof(set_current_tenant_settings.new_settings) <> 'object' THEN
    RAISE EXCEPTION 'settings must be an object' USING ERRCODE = '22023';
  END IF;
  UPDATE platform.tenants t
     SET settings = t.settings || set_current_tenant_settings.new_settings, updated_at = now()
   WHERE t.id = target AND t.status IN ('trial', 'active');
  IF NOT FOUND THEN
    RAISE EXCEPTION 'tenant is not active' USING ERRCODE = '55000';
  END IF;
  INSERT INTO platform.audit_events (id, actor, action, tenant_id, detail, request_id)
  VALUES (gen_random_uuid(), set_current_tenant_settings.actor, 'tenant.settings-changed', target,
          jsonb_build_object('settings', set_current_tenant_settings.new_settings),
          set_current_tenant_settings.request_id);
END $$;
REVOKE ALL ON FUNCTION platform.set_current_tenant_settings(jsonb, text, text) FROM PUBLIC;
