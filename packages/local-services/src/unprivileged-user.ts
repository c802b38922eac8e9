import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

/** Postgres and pgBouncer refuse to run as root; as root we hand them to the first of these users. */
export function unprivilegedUser(candidates = ['postgres', 'nobody']): SystemUser {
  for (const name of candidates) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: 'pipe' }).trim());
      return { name, uid, gid };
    } catch {
      // user does not exist; try the next
    }
  }
  throw new Error(`none of the users ${candidates.join(', ')} exists to run servers that refuse root`);
}

/**
 * Names the first ancestor of `path` that `user` cannot enter (owner/primary group/other bits only),
 * so a failure to start can say why: mkdtemp dirs are 0700 root.
 */
export function untraversableAncestor(path: string, user: SystemUser): string | undefined {
  let current = dirname(resolve(path));
  const ancestors: string[] = [];
  while (current !== dirname(current)) {
    ancestors.unshift(current);
    current = dirname(current);
  }
  for (const dir of ancestors) {
    const { mode, uid, gid } = statSync(dir);
    const ok =
      (mode & 0o001) !== 0 ||
      (uid === user.uid && (mode & 0o100) !== 0) ||
      (gid === user.gid && (mode & 0o010) !== 0);
    if (!ok) return dir;
  }
  return undefined;
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}
