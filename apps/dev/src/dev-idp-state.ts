import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DevIdpKeys } from '@dispatch/dev-idp';

/**
 * What the dev IdP keeps across restarts under `<dataDir>/dev-idp/`: its signing keys (so tokens, sessions and
 * the API's cached JWKS stay valid) and the slugs of realms added while it ran. Development data only:
 * these private keys sign tokens for made-up users and are never used anywhere else.
 */
export class DevIdpState {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'dev-idp');
  }

  private read<T>(name: string, fallback: T): T {
    const file = join(this.dir, name);
    if (!existsSync(file)) return fallback;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch {
      return fallback;
    }
  }

  private async write(name: string, value: unknown): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, name), JSON.stringify(value, null, 2), { mode: 0o600 });
  }

  keys(): DevIdpKeys {
    return this.read<DevIdpKeys>('keys.json', {});
  }

  saveKeys(keys: DevIdpKeys): Promise<void> {
    return this.write('keys.json', keys);
  }

  addedRealms(): string[] {
    return this.read<string[]>('realms.json', []);
  }

  async rememberRealm(slug: string): Promise<void> {
    const slugs = new Set(this.addedRealms()).add(slug);
    await this.write('realms.json', [...slugs]);
  }
}
