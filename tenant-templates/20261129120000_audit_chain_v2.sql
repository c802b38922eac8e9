-- Audit chain v2 (docs/dispatch.md "Audit chain"): the link hash becomes one Postgres can compute, so an append is
-- one statement sent with the COMMIT and the head's row lock is never held across a client round trip.
-- Node computes content_digest = sha256(canonical JSON of every column except seq and prev_hash, plus v: 2);
-- Postgres links it: hash = sha256('v2|' || seq || '|' || prev_hash || '|' || content_digest).
-- Existing rows stay version 1 (hash over everything, no digest) and keep verifying as they are.
ALTER TABLE audit_events
  ADD COLUMN content_digest text,
  ADD COLUMN chain_version smallint NOT NULL DEFAULT 1,
  ADD CONSTRAINT audit_events_chain_version_check
    CHECK ((chain_version = 1 AND content_digest IS NULL) OR (chain_version = 2 AND content_digest IS NOT NULL));
