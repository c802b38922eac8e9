-- Tenants created together and loaded alike cross the same autovacuum thresholds in the same minute, and one
-- autovacuum visit then analyses or vacuums all of their written tables in a row: a burst of invalidations that
-- every pooled backend works through at once (a 0.4–2 s stall at 3× nominal load, with the bench's 150 customer
-- tenants seeded in one go; a batch onboarding would do the same). Each tenant now scales every threshold and
-- scale factor the template sets by a factor of its own between 1 and 2, taken from a hash of its schema name: a
-- tenant with the same load reaches its thresholds up to twice as late, so tenants created together come due over
-- several of autovacuum's visits instead of one.
-- The tables that grow and are updated (work orders, requests, assignments, idempotency keys) were still vacuumed
-- at Postgres' default, after 50 dead rows (plus a fifth): every minute or two per busy tenant, so at any moment a
-- third of the customer base was due at each visit, spread or not. They are vacuumed after 1,000 dead rows (plus
-- a fifth, times the factor), as the small rewritten tables are; pruning and index hints keep reads cheap between.
DO $$
DECLARE
  factor numeric := 1 + (hashtextextended(current_schema(), 0) & 1023) / 1024.0;
  statement text;
BEGIN
  FOR statement IN
    SELECT format('ALTER TABLE %I SET (%s)', setting.table_name,
                  string_agg(format('%s = %s', setting.option,
                                    CASE WHEN setting.option LIKE '%scale_factor'
                                         THEN round(setting.base * factor, 3)
                                         ELSE round(setting.base * factor) END), ', '))
      FROM (VALUES
        ('work_orders', 'autovacuum_analyze_threshold', 500), ('work_orders', 'autovacuum_analyze_scale_factor', 10),
        ('work_orders', 'autovacuum_vacuum_threshold', 1000), ('work_orders', 'autovacuum_vacuum_scale_factor', 0.2),
        ('work_orders', 'autovacuum_vacuum_insert_threshold', 1000),
        ('work_orders', 'autovacuum_vacuum_insert_scale_factor', 0.2),
        ('dispatch_requests', 'autovacuum_analyze_threshold', 500),
        ('dispatch_requests', 'autovacuum_analyze_scale_factor', 10),
        ('dispatch_requests', 'autovacuum_vacuum_threshold', 1000),
        ('dispatch_requests', 'autovacuum_vacuum_scale_factor', 0.2),
        ('dispatch_requests', 'autovacuum_vacuum_insert_threshold', 10000),
        ('dispatch_requests', 'autovacuum_vacuum_insert_scale_factor', 0.2),
        ('assignments', 'autovacuum_analyze_threshold', 500), ('assignments', 'autovacuum_analyze_scale_factor', 10),
        ('assignments', 'autovacuum_vacuum_threshold', 1000), ('assignments', 'autovacuum_vacuum_scale_factor', 0.2),
        ('assignments', 'autovacuum_vacuum_insert_threshold', 10000),
        ('assignments', 'autovacuum_vacuum_insert_scale_factor', 0.2),
        ('idempotency_keys', 'autovacuum_analyze_threshold', 500),
        ('idempotency_keys', 'autovacuum_analyze_scale_factor', 10),
        ('idempotency_keys', 'autovacuum_vacuum_threshold', 1000),
        ('idempotency_keys', 'autovacuum_vacuum_scale_factor', 0.2),
        ('idempotency_keys', 'autovacuum_vacuum_insert_threshold', 10000),
        ('idempotency_keys', 'autovacuum_vacuum_insert_scale_factor', 0.2),
        ('audit_events', 'autovacuum_analyze_threshold', 10000),
        ('audit_events', 'autovacuum_analyze_scale_factor', 0.1),
        ('audit_events', 'autovacuum_vacuum_insert_threshold', 10000),
        ('audit_events', 'autovacuum_vacuum_insert_scale_factor', 0.2),
        ('equipment', 'autovacuum_analyze_threshold', 10000), ('equipment', 'autovacuum_analyze_scale_factor', 0.1),
        ('equipment', 'autovacuum_vacuum_threshold', 1000), ('equipment', 'autovacuum_vacuum_scale_factor', 0.2),
        ('drivers', 'autovacuum_analyze_threshold', 10000), ('drivers', 'autovacuum_analyze_scale_factor', 0.1),
        ('drivers', 'autovacuum_vacuum_threshold', 1000), ('drivers', 'autovacuum_vacuum_scale_factor', 0.2),
        ('tenant_counters', 'autovacuum_analyze_threshold', 10000),
        ('tenant_counters', 'autovacuum_analyze_scale_factor', 0.1),
        ('tenant_counters', 'autovacuum_vacuum_threshold', 1000),
        ('tenant_counters', 'autovacuum_vacuum_scale_factor', 0.2),
        ('audit_chain_head', 'autovacuum_vacuum_threshold', 1000),
        ('audit_chain_head', 'autovacuum_vacuum_scale_factor', 0.2)
      ) AS setting (table_name, option, base)
     GROUP BY setting.table_name
  LOOP
    EXECUTE statement;
  END LOOP;
END
$$;
