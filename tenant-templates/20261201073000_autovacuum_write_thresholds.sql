-- Under dispatch load a busy tenant writes forty rows a second to its request, assignment, idempotency and audit
-- tables, and rewrites its unit, driver, counter and chain-head rows as often. At the thresholds of
-- 20261201050000 (analysis after a thousand changes) and Postgres' vacuum defaults (a thousand inserts, fifty
-- dead rows), autovacuum came back to each such tenant every half minute, and every vacuum or analysis that
-- changes a table's statistics invalidates its plans in every pooled backend at once: stalls of 100–300 ms in
-- the dispatch bench, gone with autovacuum off. Ten thousand changes (plus the scale factor) space them out:
-- minutes apart at that rate, and a tenant of ordinary load is still analysed and vacuumed as it grows.
ALTER TABLE dispatch_requests
  SET (autovacuum_analyze_threshold = 10000, autovacuum_vacuum_insert_threshold = 10000);
ALTER TABLE assignments
  SET (autovacuum_analyze_threshold = 10000, autovacuum_vacuum_insert_threshold = 10000);
ALTER TABLE idempotency_keys
  SET (autovacuum_analyze_threshold = 10000, autovacuum_vacuum_insert_threshold = 10000);
ALTER TABLE audit_events
  SET (autovacuum_analyze_threshold = 10000, autovacuum_vacuum_insert_threshold = 10000);
ALTER TABLE work_orders SET (autovacuum_analyze_threshold = 10000);
-- Small tables rewritten in place (HOT updates prune their pages as they go): vacuumed after a thousand dead rows,
-- a few pages' worth, rather than fifty.
ALTER TABLE equipment SET (autovacuum_analyze_threshold = 10000, autovacuum_vacuum_threshold = 1000);
ALTER TABLE drivers SET (autovacuum_analyze_threshold = 10000, autovacuum_vacuum_threshold = 1000);
ALTER TABLE tenant_counters SET (autovacuum_analyze_threshold = 10000, autovacuum_vacuum_threshold = 1000);
ALTER TABLE audit_chain_head SET (autovacuum_vacuum_threshold = 1000);
