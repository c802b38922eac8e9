-- Tenant policies compare tenant_id with the setting itself instead of calling platform.current_tenant_id():
-- the planner inlines that SQL function into every statement that touches a tenant table, parsing its body
-- again for each table each time a statement is planned, which made RLS the largest part of a tenant read's
-- planning. The expression is the function's own body, so the rows a transaction may see and write are the same.
-- New tenant tables get the direct form here; the tenant template of the same name rewrites existing ones.
CREATE OR REPLACE FUNCTION platform.enable_tenant_rls(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s '
    'USING (tenant_id = nullif(current_setting(''app.current_tenant'', true), '''')::uuid) '
    'WITH CHECK (tenant_id = nullif(current_setting(''app.current_tenant'', true), '''')::uuid)', target);
END $$;

ALTER POLICY tenant_isolation ON platform.tenant_idp_secrets
  USING (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.current_tenant', true), '')::uuid);
