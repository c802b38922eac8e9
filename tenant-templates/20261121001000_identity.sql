-- Users as seen through sign-in or token use (identity.md): names for audit events, a link target for
-- drivers, and the admins' access review. Written on first sign-in and refreshed at most once a minute.
CREATE TABLE users (
  tenant_id       uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id              uuid NOT NULL,
  sub             text NOT NULL CHECK (length(sub) BETWEEN 1 AND 255),
  name            text NOT NULL,
  email           text,
  roles           text[] NOT NULL DEFAULT '{}',
  region          text,
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, sub)
);
CREATE INDEX users_name_idx ON users (tenant_id, name, id);
SELECT platform.enable_tenant_rls('users');
GRANT SELECT, INSERT, UPDATE ON users TO {{app_role}};
