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
    SELECT format('ALTER TABLE %I SET (%s)', base.table_name,
                  string_agg(format('autovacuum_%s = %s', setting.option,
                                    CASE WHEN setting.option LIKE '%scale_factor'
                                         THEN round(setting.value * factor, 3)
                                         ELSE round(setting.value * factor) END), ', '))
      FROM (VALUES
        --                     analyze        vacuum of dead rows   vacuum after inserts
        ('work_orders',        500,   10,     1000, 0.2,            1000,  0.2),
        ('dispatch_requests',  500,   10,     1000, 0.2,            10000, 0.2),
        ('assignments',        500,   10,     1000, 0.2,            10000, 0.2),
        ('idempotency_keys',   500,   10,     1000, 0.2,            10000, 0.2),
        ('audit_events',       10000, 0.1,    NULL, NULL,           10000, 0.2),
        ('equipment',          10000, 0.1,    1000, 0.2,            NULL,  NULL),
        ('drivers',            10000, 0.1,    1000, 0.2,            NULL,  NULL),
        ('tenant_counters',    10000, 0.1,    1000, 0.2,            NULL,  NULL),
        ('audit_chain_head',   NULL,  NULL,   1000, 0.2,            NULL,  NULL)
      ) AS base (table_name, analyze_threshold, analyze_scale_factor, vacuum_threshold, vacuum_scale_factor,
                 vacuum_insert_threshold, vacuum_insert_scale_factor)
      CROSS JOIN LATERAL (VALUES
        ('analyze_threshold', base.analyze_threshold), ('analyze_scale_factor', base.analyze_scale_factor),
        ('vacuum_threshold', base.vacuum_threshold), ('vacuum_scale_factor', base.vacuum_scale_factor),
        ('vacuum_insert_threshold', base.vacuum_insert_threshold),
        ('vacuum_insert_scale_factor', base.vacuum_insert_scale_factor)
      ) AS setting (option, value)
     WHERE setting.value IS NOT NULL
     GROUP BY base.table_name
  LOOP
    EXECUTE statement;
  END LOOP;
END
$$;
