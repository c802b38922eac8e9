-- Issue 10: an issuer belongs to one tenant. Token-based tenant resolution (a shared host) picks the tenant
-- whose registered issuer signed the token; two live tenants with one issuer would let one tenant's tokens
-- act in the other. The database now refuses that on every path (API, CLI, tenant admin).

-- The issuer as compared for uniqueness: scheme and host lowercased, trailing slashes dropped, so
-- `HTTPS://SSO.Acme.com/realms/x/` and `https://sso.acme.com/realms/x` count as one. Tokens are still
-- matched against the issuer exactly as registered (identity.md); this only decides what may be registered.
CREATE FUNCTION platform.normalized_issuer(issuer text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT CASE
      WHEN issuer ~ '^[A-Za-z][A-Za-z0-9+.-]*://'
        THEN lower(substring(issuer FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*'))
             || regexp_replace(substring(issuer FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*(.*)$'), '/+$', '')
      ELSE regexp_replace(issuer, '/+$', '')
    END
  $$;

-- Existing duplicates cannot be resolved by a migration (which tenant keeps the realm is a decision):
-- name them and stop, instead of failing on the index with a bare "could not create unique index".
DO $$
DECLARE
  duplicates text;
BEGIN
  SELECT string_agg(format('%s is registered to %s', issuer, owners), '; ' ORDER BY issuer)
    INTO duplicates
    FROM (SELECT platform.normalized_issuer(t.idp_issuer) AS issuer,
                 string_agg(format('%s (%s, %s)', t.slug, t.id, t.status), ', ' ORDER BY t.created_at) AS owners
            FROM platform.tenants t
           WHERE t.status <> 'deleted' AND t.idp_issuer IS NOT NULL
           GROUP BY 1
          HAVING count(*) > 1) AS shared;
  IF duplicates IS NOT NULL THEN
    RAISE EXCEPTION 'cannot make tenant issuers unique: %', duplicates
      USING HINT = 'Give all but one of these tenants its own realm (PATCH /platform/tenants/{id} with a new '
                   'idp.issuer) or delete the stray tenant, then run the platform migration again.';
  END IF;
END $$;

CREATE UNIQUE INDEX tenants_live_issuer_key ON platform.tenants (platform.normalized_issuer(idp_issuer))
  WHERE status <> 'deleted';
