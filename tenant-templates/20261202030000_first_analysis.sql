-- A table that has never been analysed has no statistics for tenant_id, so the planner cannot tell that every row
-- of the schema has the same one: a lookup by id then costs the same through any index that leads with tenant_id,
-- and the generic plan a pooled connection keeps often takes one that filters the tenant's rows one by one (the
-- dispatch step's assignment lookup went through (tenant_id, dispatched_at) and read every assignment). At
-- 20261201073000's threshold the first analysis came after 10,000 changes, thousands of rows in. The tables that
-- grow with the work, and are read by id, are now first analysed after 500 changes; after that only when they
-- have grown about elevenfold (500 plus ten times the table). What the plans need is that first analysis (one
-- tenant_id per schema); later ones only invalidate every pooled backend's plans, so they stay rare. The planner
-- reads a table's current size at each plan, and vacuum (of the dead rows updates leave) refreshes its counts.
ALTER TABLE work_orders SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 10);
ALTER TABLE dispatch_requests SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 10);
ALTER TABLE assignments SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 10);
ALTER TABLE idempotency_keys SET (autovacuum_analyze_threshold = 500, autovacuum_analyze_scale_factor = 10);
