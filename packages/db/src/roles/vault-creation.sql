-- Vault database secrets engine, creation_statements of the API's dynamic role (Vault fills in the
-- {{name}}, {{password}} and {{expiration}} placeholders). The per-lease role is only a member of dispatch_app:
-- it inherits the app's grants, stays subject to row-level security, and owns nothing.
CREATE ROLE "{{name}}" LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}'
  INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION IN ROLE dispatch_app;
