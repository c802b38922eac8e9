-- Autovacuum analyses a table once 50 rows and a tenth of it have changed. A tenant's tables are small, so every
-- busy tenant crossed that each minute on the tables its work writes, and autovacuum analysed them in a wave.
-- Each analysis invalidates that table's plans and catalog entries in every pooled backend, which all plan and
-- load them again at once: at nominal load a stall of a second or two each minute. These tables are analysed
-- after a thousand changes (plus the tenth) instead: statistics of a table of a few hundred rows plan nothing
-- differently, and a growing one is still analysed as it grows.
ALTER TABLE work_orders SET (autovacuum_analyze_threshold = 1000);
ALTER TABLE dispatch_requests SET (autovacuum_analyze_threshold = 1000);
ALTER TABLE assignments SET (autovacuum_analyze_threshold = 1000);
ALTER TABLE equipment SET (autovacuum_analyze_threshold = 1000);
ALTER TABLE drivers SET (autovacuum_analyze_threshold = 1000);
ALTER TABLE idempotency_keys SET (autovacuum_analyze_threshold = 1000);
ALTER TABLE tenant_counters SET (autovacuum_analyze_threshold = 1000);
-- The audit trail is append-only and searched by time, entity and actor: those columns keep their statistics;
-- the payloads and hashes, which no query filters on, are not sampled, so an analysis of it reads far less.
ALTER TABLE audit_events
  ALTER COLUMN before SET STATISTICS 0,
  ALTER COLUMN after SET STATISTICS 0,
  ALTER COLUMN hash SET STATISTICS 0,
  ALTER COLUMN prev_hash SET STATISTICS 0,
  ALTER COLUMN request_id SET STATISTICS 0,
  ALTER COLUMN actor_name SET STATISTICS 0,
  SET (autovacuum_analyze_threshold = 1000);
-- One row, rewritten by every change: statistics of it plan nothing.
ALTER TABLE audit_chain_head SET (autovacuum_analyze_threshold = 1000000000);
