import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The web app's production build on disk. `index.html` is read once and kept; until it exists (the build runs
 * after the server started, say) every navigation looks again, so a fresh build is served without a restart.
 */
export class WebAppFiles {
  readonly root: string;
  private indexHtml: string | undefined;

  constructor(distDir: string) {
    this.root = resolve(distDir);
  }

  async index(): Promise<string | undefined> {
    if (this.indexHtml === undefined) {
      try {
        this.indexHtml = await readFile(join(this.root, 'index.html'), 'utf8');
      } catch {
        return undefined;
      }
    }
    return this.indexHtml;
  }

  /** A file at the root of the build (favicon.svg, robots.txt, manifest.webmanifest), when the path names one. */
  async rootFile(path: string): Promise<string | undefined> {
    const name = /^\/([A-Za-z0-9_-][A-Za-z0-9._-]*\.[A-Za-z0-9]+)$/.exec(path)?.[1];
    if (!name || name === 'index.html') return undefined;
    try {
      return (await stat(join(this.root, name))).isFile() ? name : undefined;
    } catch {
      return undefined;
    }
  }
}
