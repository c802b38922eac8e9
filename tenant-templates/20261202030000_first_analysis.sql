-- A table that has never been analysed has no statistics for tenant_id, so the planner cannot tell that every row
-- of the schema has the same one: a lookup by id then costs the same through any index that leads with tenant_id,
-- and the generic plan a pooled connection keeps often takes one that filters the tenant's rows one by one (the
-- dispatch step's assignment lookup went through (tenant_id, dispatched_at) and read every assignment). At
-- 20261201073000's threshold the first analysis came after 10,000 changes, thousands of rows in. The tables that
-- grow with the work, and are read by id, are now first analysed after 500 changes; after that only when they
-- have grown about threefold (500 plus twice the table), so analyses, and the plan invalidations they bring, get
-- rarer as a tenant grows instead of coming back every few thousand changes.
ALTER TABLE work_orders SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 2);
ALTER TABLE dispatch_requests SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 2);
ALTER TABLE assignments SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 2);
ALTER TABLE idempotency_keys SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 2);
