import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Every `.Values.a.b` a template reads (directly or through `$x := .Values.a` aliases) that values.yaml does not
 * define. Helm renders a missing leaf as empty without complaint (only a missing parent map fails), so a typo such
 * as `.Values.api.prot` would ship silently; this check makes it fail.
 */
export function missingValueReferences(chart: string): string[] {
  const values = parse(readFileSync(join(chart, 'values.yaml'), 'utf8')) as Record<string, unknown>;
  const exists = (path: string[]) => {
    let node: unknown = values;
    for (const key of path) {
      if (node === null || typeof node !== 'object' || !(key in node)) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return true;
  };
  const problems: string[] = [];
  const dir = join(chart, 'templates');
  for (const file of readdirSync(dir).filter((f) => /\.(ya?ml|tpl|txt)$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const aliases = new Map<string, string[]>();
    for (const match of text.matchAll(/\$(\w+)\s*:?=\s*\.(?:root\.)?Values((?:\.\w+)*)/g)) {
      aliases.set(match[1]!, match[2]!.split('.').filter(Boolean));
    }
    const check = (path: string[], source: string) => {
      if (!exists(path)) problems.push(`${file}: ${source} is not defined in values.yaml`);
    };
    for (const match of text.matchAll(/\.Values((?:\.\w+)+)/g)) {
      check(match[1]!.split('.').filter(Boolean), `.Values${match[1]}`);
    }
    for (const [alias, base] of aliases) {
      for (const match of text.matchAll(new RegExp(`\\$${alias}((?:\\.\\w+)+)`, 'g'))) {
        check([...base, ...match[1]!.split('.').filter(Boolean)], `$${alias}${match[1]}`);
      }
    }
  }
  return problems;
}
