-- pgBouncer's auth_query function (docs/operations/install.md, step 4): pgBouncer looks a client's password
-- up through it instead of a userlist that would have to follow every Vault lease. Run by a role that may
-- read pg_shadow; the auth_user may only execute it.
CREATE SCHEMA IF NOT EXISTS pgbouncer;
CREATE OR REPLACE FUNCTION pgbouncer.get_auth(p_usename text) RETURNS TABLE(usename name, passwd text)
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS
  $$ SELECT usename, passwd FROM pg_shadow WHERE usename = p_usename $$;
REVOKE ALL ON FUNCTION pgbouncer.get_auth(text) FROM PUBLIC;
