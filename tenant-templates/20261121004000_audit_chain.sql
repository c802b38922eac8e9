-- Hash chain over each tenant's audit events (docs/dispatch.md "Audit chain"): every event carries its position,
-- the previous event's hash and its own hash = sha256(canonical JSON of the event, including prev_hash).
-- Appends are serialized per tenant (pg_advisory_xact_lock + the head row), so the chain has no forks.
-- Events written before this migration keep NULL chain columns; verification expects exactly that many.
ALTER TABLE audit_events
  ADD COLUMN seq bigint,
  ADD COLUMN prev_hash text,
  ADD COLUMN hash text;
CREATE UNIQUE INDEX audit_events_seq_key ON audit_events (tenant_id, seq);
CREATE INDEX audit_events_actor_idx ON audit_events (tenant_id, actor_sub, at);

-- The chain head: the last position and hash, so an append reads one row, and truncating the tail is detected.
CREATE TABLE audit_chain_head (
  tenant_id  uuid NOT NULL DEFAULT platform.current_tenant_id(),
  last_seq   bigint NOT NULL DEFAULT 0,
  last_hash  text NOT NULL DEFAULT '',
  -- Events that existed before the chain: verification expects exactly this many unchained rows.
  legacy_events bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id)
);
SELECT platform.enable_tenant_rls('audit_chain_head');
GRANT SELECT, INSERT, UPDATE ON audit_chain_head TO {{app_role}};
INSERT INTO audit_chain_head (legacy_events) SELECT count(*) FROM audit_events;
