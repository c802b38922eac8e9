-- The tenant policy of every table in this schema compares tenant_id with the setting itself, as
-- platform.enable_tenant_rls now writes it (migrations/20261129233000_tenant_policy_inline.sql): the same rows,
-- without a function for the planner to inline into every statement.
DO $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT tablename FROM pg_policies WHERE schemaname = current_schema() AND policyname = 'tenant_isolation'
  LOOP
    EXECUTE format(
      'ALTER POLICY tenant_isolation ON %I '
      'USING (tenant_id = nullif(current_setting(''app.current_tenant'', true), '''')::uuid) '
      'WITH CHECK (tenant_id = nullif(current_setting(''app.current_tenant'', true), '''')::uuid)',
      target.tablename);
  END LOOP;
END $$;
