import type { PoolClient } from '../pool';

/**
 * What one schema holds, as `kind name → definition` lines: relations (with RLS flags and grants), columns,
 * constraints, indexes, policies, triggers, sequences and functions. The schema's own name is replaced by
 * `<schema>` wherever Postgres prints it, so two tenants' schemas compare equal when they were built alike.
 */
export type SchemaCatalogue = Map<string, string>;

type Queryable = Pick<PoolClient, 'query'>;

/**
 * Privileges in an ACL other than the owner's, as sorted "role PRIVILEGE" items; "default" when the ACL was never
 * touched (NULL), which is not the same as every privilege revoked.
 */
const grants = (acl: string, owner: string) => `
  CASE WHEN ${acl} IS NULL THEN 'default' ELSE coalesce((
    SELECT string_agg(item, ', ' ORDER BY item)
      FROM (SELECT format('%s %s%s', CASE WHEN e.grantee = 0 THEN 'PUBLIC' ELSE e.grantee::regrole::text END,
                          e.privilege_type, CASE WHEN e.is_grantable THEN ' (grantable)' ELSE '' END) AS item
              FROM aclexplode(${acl}) e
             WHERE e.grantee <> ${owner}) items), 'owner only') END`;

const QUERIES: Record<string, string> = {
  schema: `
    SELECT 'grants' AS name, ${grants('n.nspacl', 'n.nspowner')} AS definition
      FROM pg_namespace n
     WHERE n.oid = $1::regnamespace`,
  // Tables, sequences, views: kind, RLS enabled/forced, grants.
  relation: `
    SELECT c.relname AS name,
           concat_ws('; ',
             CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'S' THEN 'sequence'
                            WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE c.relkind::text END,
             CASE WHEN c.relrowsecurity THEN 'rls enabled' END,
             CASE WHEN c.relforcerowsecurity THEN 'rls forced' END,
             'grants: ' || ${grants('c.relacl', 'c.relowner')}) AS definition
      FROM pg_class c
     WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'S', 'v', 'm')`,
  column: `
    SELECT c.relname || '.' || a.attname AS name,
           concat_ws(' ', format_type(a.atttypid, a.atttypmod),
             CASE WHEN a.attnotnull THEN 'not null' ELSE 'null' END,
             CASE WHEN a.attgenerated = 's' THEN 'generated always as ' || pg_get_expr(d.adbin, d.adrelid)
                  WHEN d.adbin IS NOT NULL THEN 'default ' || pg_get_expr(d.adbin, d.adrelid) END,
             CASE WHEN a.attidentity <> '' THEN 'identity ' || a.attidentity::text END,
             CASE WHEN a.attacl IS NOT NULL THEN 'grants: ' || ${grants('a.attacl', 'c.relowner')} END)
             AS definition
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
       AND a.attnum > 0 AND NOT a.attisdropped`,
  constraint: `
    SELECT c.relname || '.' || k.conname AS name,
           pg_get_constraintdef(k.oid) || CASE WHEN k.convalidated THEN '' ELSE ' (not validated)' END
             AS definition
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
     WHERE k.connamespace = $1::regnamespace`,
  index: `
    SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
     WHERE i.relnamespace = $1::regnamespace`,
  policy: `
    SELECT p.tablename || '.' || p.policyname AS name,
           concat_ws(' ', p.permissive, 'for', p.cmd, 'to', array_to_string(p.roles, ','),
                     'using', p.qual, 'with check', p.with_check) AS definition
      FROM pg_policies p
     WHERE p.schemaname = $1`,
  trigger: `
    SELECT c.relname || '.' || t.tgname AS name,
           pg_get_triggerdef(t.oid) || CASE t.tgenabled WHEN 'D' THEN ' (disabled)' ELSE '' END AS definition
      FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid
     WHERE c.relnamespace = $1::regnamespace AND NOT t.tgisinternal`,
  sequence: `
    SELECT s.sequencename AS name,
           format('%s start %s increment %s min %s max %s cache %s%s', s.data_type, s.start_value,
                  s.increment_by, s.min_value, s.max_value, s.cache_size,
                  CASE WHEN s.cycle THEN ' cycle' ELSE '' END) AS definition
      FROM pg_sequences s
     WHERE s.schemaname = $1`,
  // The whole CREATE FUNCTION text (volatility, security, search_path, body) and who may execute it.
  function: `
    SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS name,
           CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE pg_get_functiondef(p.oid) END
             || E'\\nexecute: ' || ${grants('p.proacl', 'p.proowner')} AS definition
      FROM pg_proc p
     WHERE p.pronamespace = $1::regnamespace`,
};

/** Reads `schema`'s catalogue (see SchemaCatalogue); sees what the connection's transaction sees. */
export async function readSchemaCatalogue(db: Queryable, schema: string): Promise<SchemaCatalogue> {
  const ownName = new RegExp(`(?<![\\w$])("${schema}"|${schema})\\.`, 'g');
  const catalogue: SchemaCatalogue = new Map();
  for (const [kind, sql] of Object.entries(QUERIES)) {
    const { rows } = await db.query<{ name: string; definition: string }>(sql, [schema]);
    for (const row of rows)
      catalogue.set(`${kind} ${row.name}`, row.definition.replace(ownName, '<schema>.'));
  }
  return new Map([...catalogue].sort(([a], [b]) => a.localeCompare(b)));
}

/** Readable differences between two catalogues: what only one side has, and definitions that differ. */
export function catalogueDiff(
  left: { label: string; catalogue: SchemaCatalogue },
  right: { label: string; catalogue: SchemaCatalogue },
): string[] {
  const names = [...new Set([...left.catalogue.keys(), ...right.catalogue.keys()])].sort();
  return names.flatMap((name) => {
    const a = left.catalogue.get(name);
    const b = right.catalogue.get(name);
    if (a === b) return [];
    if (b === undefined) return [`${name}: only in ${left.label}: ${a}`];
    if (a === undefined) return [`${name}: only in ${right.label}: ${b}`];
    return [`${name} differs\n  ${left.label}: ${a}\n  ${right.label}: ${b}`];
  });
}
