-- Catalog: equipment, drivers and their qualifications, work orders (domain.md "Entities").
-- Every table: tenant_id defaulting to the tenant being migrated, (tenant_id, ...) keys and indexes, forced RLS.

-- Equipment of a type. `idle_since` is when it last became free: the dispatch rule picks the unit idle longest.
-- `maintenance_requested` marks dispatched equipment to go to maintenance when its assignment ends.
CREATE TABLE equipment (
  tenant_id             uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id                    uuid NOT NULL,
  identifier            text NOT NULL CHECK (length(identifier) BETWEEN 1 AND 120),
  type_id               uuid NOT NULL,
  region                text NOT NULL CHECK (length(region) BETWEEN 1 AND 64),
  status                text NOT NULL CHECK (status IN ('available', 'dispatched', 'maintenance', 'retired')),
  maintenance_requested boolean NOT NULL DEFAULT false,
  next_maintenance_on   date,
  notes                 text CHECK (length(notes) <= 4000),
  idle_since            timestamptz NOT NULL DEFAULT now(),
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, identifier),
  FOREIGN KEY (tenant_id, type_id) REFERENCES equipment_types (tenant_id, id)
);
-- Candidate search (type + available, oldest idle first) and the list filters.
CREATE INDEX equipment_candidates_idx ON equipment (tenant_id, type_id, status, region, idle_since, id);
CREATE INDEX equipment_status_idx ON equipment (tenant_id, status, identifier);
CREATE INDEX equipment_region_idx ON equipment (tenant_id, region, identifier);
SELECT platform.enable_tenant_rls('equipment');
GRANT SELECT, INSERT, UPDATE ON equipment TO {{app_role}};

-- A driver, linked to an identity-provider user by `user_sub` when that user exists.
-- `active_assignment_id` mirrors the driver's one active assignment (the partial unique index on assignments is
-- the invariant; this column makes a concurrent chooser re-check the row when it is locked, see dispatch.md).
CREATE TABLE drivers (
  tenant_id            uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id                   uuid NOT NULL,
  name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  user_sub             text CHECK (length(user_sub) BETWEEN 1 AND 255),
  phone                text CHECK (length(phone) <= 40),
  region               text NOT NULL CHECK (length(region) BETWEEN 1 AND 64),
  shift_status         text NOT NULL CHECK (shift_status IN ('on_shift', 'off_shift')),
  active_assignment_id uuid,
  idle_since           timestamptz NOT NULL DEFAULT now(),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, user_sub)
);
CREATE INDEX drivers_name_idx ON drivers (tenant_id, name, id);
CREATE INDEX drivers_free_idx ON drivers (tenant_id, region, idle_since, id)
  WHERE shift_status = 'on_shift' AND active_assignment_id IS NULL;
SELECT platform.enable_tenant_rls('drivers');
GRANT SELECT, INSERT, UPDATE ON drivers TO {{app_role}};

-- Equipment types a driver is certified for. A qualification whose expiry has passed does not qualify.
CREATE TABLE driver_qualifications (
  tenant_id         uuid NOT NULL DEFAULT platform.current_tenant_id(),
  driver_id         uuid NOT NULL,
  equipment_type_id uuid NOT NULL,
  expires_at        timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, driver_id, equipment_type_id),
  FOREIGN KEY (tenant_id, driver_id) REFERENCES drivers (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, equipment_type_id) REFERENCES equipment_types (tenant_id, id)
);
CREATE INDEX driver_qualifications_type_idx ON driver_qualifications (tenant_id, equipment_type_id, driver_id);
SELECT platform.enable_tenant_rls('driver_qualifications');
GRANT SELECT, INSERT, UPDATE, DELETE ON driver_qualifications TO {{app_role}};

-- Per-tenant counters for human-readable numbers (WO-000123). One row per name; taking a number locks the row
-- with UPDATE ... RETURNING, so numbers never repeat and no sequence is shared across tenants.
CREATE TABLE tenant_counters (
  tenant_id  uuid NOT NULL DEFAULT platform.current_tenant_id(),
  name       text NOT NULL,
  value      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, name)
);
SELECT platform.enable_tenant_rls('tenant_counters');
GRANT SELECT, INSERT, UPDATE ON tenant_counters TO {{app_role}};
INSERT INTO tenant_counters (name, value) VALUES ('work_order', 0);

CREATE TABLE work_orders (
  tenant_id       uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id              uuid NOT NULL,
  seq             bigint NOT NULL,
  number          text NOT NULL,
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  site_address    text NOT NULL CHECK (length(site_address) BETWEEN 1 AND 500),
  latitude        double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude       double precision CHECK (longitude BETWEEN -180 AND 180),
  region          text NOT NULL CHECK (length(region) BETWEEN 1 AND 64),
  window_start    timestamptz,
  window_end      timestamptz,
  notes           text CHECK (length(notes) <= 4000),
  status          text NOT NULL CHECK (status IN ('open', 'in_progress', 'completed', 'cancelled')),
  created_by_sub  text NOT NULL,
  created_by_name text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, number),
  UNIQUE (tenant_id, seq),
  CHECK ((latitude IS NULL) = (longitude IS NULL)),
  CHECK (window_end IS NULL OR window_start IS NULL OR window_end >= window_start)
);
CREATE INDEX work_orders_status_idx ON work_orders (tenant_id, status, seq);
CREATE INDEX work_orders_region_idx ON work_orders (tenant_id, region, seq);
SELECT platform.enable_tenant_rls('work_orders');
GRANT SELECT, INSERT, UPDATE ON work_orders TO {{app_role}};
