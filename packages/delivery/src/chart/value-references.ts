import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Every `.Values.a.b` a template reads (directly or through `$x := .Values.a` aliases) that values.yaml does not
 * define. Helm renders a missing leaf as empty without complaint (only a missing parent map fails), so a typo such
 * as `.Values.api.prot` would ship silently; this check makes it fail.
 */
export function missingValueReferences(chart: string): string[] {
  const values = readValues(chart);
  const exists = (path: string[]) => {
    let node: unknown = values;
    for (const key of path) {
      if (node === null || typeof node !== 'object' || !(key in node)) return false;
      node = (node as Record<string, unknown>)[key];
    }
    return true;
  };
  return valueReferences(chart)
    .filter((reference) => !exists(reference.path))
    .map((reference) => `${reference.file}: ${reference.source} is not defined in values.yaml`);
}

/** Leaves of values.yaml that no template reads (a setting that does nothing misleads operators). */
export function unusedValues(chart: string): string[] {
  const read = valueReferences(chart).map((reference) => reference.path.join('.'));
  const leaves: string[] = [];
  const walk = (node: unknown, path: string[]) => {
    const isMap = node !== null && typeof node === 'object' && !Array.isArray(node);
    if (isMap && Object.keys(node).length > 0) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    } else leaves.push(path.join('.'));
  };
  walk(readValues(chart), []);
  // A leaf counts as read when a template reads it, a parent of it (toYaml of a map), or passes it whole.
  return leaves.filter((leaf) => !read.some((path) => leaf === path || leaf.startsWith(`${path}.`)));
}

const readValues = (chart: string) =>
  parse(readFileSync(join(chart, 'values.yaml'), 'utf8')) as Record<string, unknown>;

interface ValueReference {
  file: string;
  source: string;
  path: string[];
}

function valueReferences(chart: string): ValueReference[] {
  const references: ValueReference[] = [];
  const dir = join(chart, 'templates');
  for (const file of readdirSync(dir).filter((f) => /\.(ya?ml|tpl|txt)$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const aliases = new Map<string, string[]>();
    for (const match of text.matchAll(/\$(\w+)\s*:?=\s*\.(?:root\.)?Values((?:\.\w+)*)/g)) {
      aliases.set(match[1]!, match[2]!.split('.').filter(Boolean));
    }
    for (const match of text.matchAll(/\.Values((?:\.\w+)+)/g)) {
      references.push({ file, source: `.Values${match[1]}`, path: match[1]!.split('.').filter(Boolean) });
    }
    for (const [alias, base] of aliases) {
      for (const match of text.matchAll(new RegExp(`\\$${alias}((?:\\.\\w+)+)`, 'g'))) {
        references.push({
          file,
          source: `$${alias}${match[1]}`,
          path: [...base, ...match[1]!.split('.').filter(Boolean)],
        });
      }
    }
  }
  return references;
}
