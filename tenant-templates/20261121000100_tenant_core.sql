-- Tenant schema core. Runs with search_path set to the tenant's schema and app.current_tenant set,
-- so names are unqualified and tenant_id defaults to the tenant being provisioned.
-- {{app_role}} is replaced by the runtime role (DATABASE_APP_ROLE); it gets exactly the rights each table needs.

CREATE TABLE equipment_types (
  tenant_id   uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id          uuid NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  description text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, name)
);
SELECT platform.enable_tenant_rls('equipment_types');
GRANT SELECT, INSERT, UPDATE, DELETE ON equipment_types TO {{app_role}};

-- Append-only audit trail of every state change inside the tenant.
CREATE TABLE audit_events (
  tenant_id   uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id          uuid NOT NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_sub   text NOT NULL,
  actor_name  text,
  action      text NOT NULL,
  entity      text NOT NULL,
  entity_id   text,
  before      jsonb,
  after       jsonb,
  request_id  text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_entity_idx ON audit_events (tenant_id, entity, entity_id, at);
CREATE INDEX audit_events_at_idx ON audit_events (tenant_id, at);
SELECT platform.enable_tenant_rls('audit_events');
GRANT SELECT, INSERT ON audit_events TO {{app_role}};
