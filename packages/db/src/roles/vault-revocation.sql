-- Vault database secrets engine, revocation_statements. Order matters: no new login first, then end every
-- session of the role (pooled server connections, pgBouncer's included, would otherwise outlive the lease),
-- then drop it. The role owns nothing (migrations SET ROLE to the fixed owner), so DROP ROLE cannot be blocked.
ALTER ROLE "{{name}}" NOLOGIN;
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{{name}}' AND pid <> pg_backend_pid();
DROP ROLE IF EXISTS "{{name}}";
