-- Dispatch: requests, assignments, idempotency keys (domain.md "Dispatch rules", "Invariants").
-- Postgres is the system of record for every request; Redis only holds the serving order (docs/dispatch.md).

-- First-come order within a priority: taken when a request is created. One sequence per tenant schema.
CREATE SEQUENCE dispatch_queue_seq AS bigint;
GRANT USAGE ON SEQUENCE dispatch_queue_seq TO {{app_role}};

CREATE TABLE dispatch_requests (
  tenant_id          uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id                 uuid NOT NULL,
  work_order_id      uuid NOT NULL,
  work_order_number  text NOT NULL,
  -- The work order's region: what the region rule scopes requests by.
  work_order_region  text NOT NULL,
  equipment_type_id  uuid NOT NULL,
  priority           text NOT NULL CHECK (priority IN ('urgent', 'standard')),
  priority_rank      smallint NOT NULL GENERATED ALWAYS AS (CASE priority WHEN 'urgent' THEN 0 ELSE 1 END) STORED,
  -- Optional constraint: only equipment of this region may fulfil the request.
  region             text CHECK (length(region) BETWEEN 1 AND 64),
  status             text NOT NULL CHECK (status IN ('queued', 'dispatched', 'cancelled')),
  queue_seq          bigint NOT NULL DEFAULT nextval('dispatch_queue_seq'),
  was_queued         boolean NOT NULL DEFAULT false,
  requested_by_sub   text NOT NULL,
  requested_by_name  text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  dispatched_at      timestamptz,
  cancelled_at       timestamptz,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, queue_seq),
  FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_orders (tenant_id, id),
  FOREIGN KEY (tenant_id, equipment_type_id) REFERENCES equipment_types (tenant_id, id),
  CHECK ((status = 'dispatched') = (dispatched_at IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
-- The queue in Postgres order (what the reconciler rebuilds Redis from), and the other lookups.
CREATE INDEX dispatch_requests_queue_idx ON dispatch_requests (tenant_id, equipment_type_id, priority_rank, queue_seq)
  WHERE status = 'queued';
CREATE INDEX dispatch_requests_work_order_idx ON dispatch_requests (tenant_id, work_order_id, status);
CREATE INDEX dispatch_requests_created_idx ON dispatch_requests (tenant_id, created_at);
SELECT platform.enable_tenant_rls('dispatch_requests');
GRANT SELECT, INSERT, UPDATE ON dispatch_requests TO {{app_role}};

CREATE TABLE assignments (
  tenant_id            uuid NOT NULL DEFAULT platform.current_tenant_id(),
  id                   uuid NOT NULL,
  request_id           uuid NOT NULL,
  work_order_id        uuid NOT NULL,
  equipment_id         uuid NOT NULL,
  driver_id            uuid NOT NULL,
  equipment_type_id    uuid NOT NULL,
  -- Denormalized for fast boards.
  work_order_number    text NOT NULL,
  equipment_identifier text NOT NULL,
  driver_name          text NOT NULL,
  -- The work order's region (region rule) and the region the unit came from.
  region               text NOT NULL,
  equipment_region     text NOT NULL,
  status               text NOT NULL CHECK (status IN ('dispatched', 'en_route', 'on_site', 'completed', 'cancelled')),
  note                 text CHECK (length(note) <= 2000),
  dispatched_at        timestamptz NOT NULL DEFAULT now(),
  en_route_at          timestamptz,
  on_site_at           timestamptz,
  completed_at         timestamptz,
  cancelled_at         timestamptz,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, request_id) REFERENCES dispatch_requests (tenant_id, id),
  FOREIGN KEY (tenant_id, work_order_id) REFERENCES work_orders (tenant_id, id),
  FOREIGN KEY (tenant_id, equipment_id) REFERENCES equipment (tenant_id, id),
  FOREIGN KEY (tenant_id, driver_id) REFERENCES drivers (tenant_id, id),
  FOREIGN KEY (tenant_id, equipment_type_id) REFERENCES equipment_types (tenant_id, id)
);
-- The invariants: a request is fulfilled at most once; equipment and drivers are in at most one active assignment.
CREATE UNIQUE INDEX assignments_request_key ON assignments (tenant_id, request_id);
CREATE UNIQUE INDEX assignments_active_equipment_key ON assignments (tenant_id, equipment_id)
  WHERE status IN ('dispatched', 'en_route', 'on_site');
CREATE UNIQUE INDEX assignments_active_driver_key ON assignments (tenant_id, driver_id)
  WHERE status IN ('dispatched', 'en_route', 'on_site');
CREATE INDEX assignments_status_idx ON assignments (tenant_id, status, id);
CREATE INDEX assignments_driver_idx ON assignments (tenant_id, driver_id, id);
CREATE INDEX assignments_equipment_idx ON assignments (tenant_id, equipment_id, dispatched_at);
CREATE INDEX assignments_work_order_idx ON assignments (tenant_id, work_order_id);
CREATE INDEX assignments_type_completed_idx ON assignments (tenant_id, equipment_type_id, completed_at)
  WHERE status = 'completed';
CREATE INDEX assignments_dispatched_at_idx ON assignments (tenant_id, dispatched_at);
SELECT platform.enable_tenant_rls('assignments');
GRANT SELECT, INSERT, UPDATE ON assignments TO {{app_role}};

-- Lifecycle transitions, checked by the database too: anything outside the lifecycle fails, whatever the code does.
CREATE FUNCTION assignment_status_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'dispatched' AND NEW.status IN ('en_route', 'cancelled'))
    OR (OLD.status = 'en_route' AND NEW.status IN ('on_site', 'cancelled'))
    OR (OLD.status = 'on_site' AND NEW.status IN ('completed', 'cancelled'))
  ) THEN
    RAISE EXCEPTION 'illegal assignment transition % -> %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER assignments_status_guard BEFORE UPDATE OF status ON assignments
  FOR EACH ROW EXECUTE FUNCTION assignment_status_guard();

CREATE FUNCTION dispatch_request_status_guard() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'queued' AND NEW.status IN ('dispatched', 'cancelled')) THEN
    RAISE EXCEPTION 'illegal request transition % -> %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER dispatch_requests_status_guard BEFORE UPDATE OF status ON dispatch_requests
  FOR EACH ROW EXECUTE FUNCTION dispatch_request_status_guard();

-- Idempotency-Key: one row per key and tenant, with the hash of what was asked and the first answer.
CREATE TABLE idempotency_keys (
  tenant_id      uuid NOT NULL DEFAULT platform.current_tenant_id(),
  scope          text NOT NULL,
  key            text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  request_hash   text NOT NULL,
  response_code  integer,
  response_body  jsonb,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, scope, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (tenant_id, created_at);
SELECT platform.enable_tenant_rls('idempotency_keys');
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_keys TO {{app_role}};
