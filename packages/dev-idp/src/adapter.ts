import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/**
 * In-memory storage for one realm. oidc-provider's bundled MemoryAdapter shares one module-wide
 * LRU between all Provider instances, which would mix realms (and DevIdp instances) together.
 */
export class RealmStore {
  readonly #entries = new Map<string, Entry>();
  #writes = 0;

  adapterFor = (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    return {
      upsert: async (id, payload, expiresIn) => {
        const expiresAt = expiresIn ? Date.now() + expiresIn * 1000 : Infinity;
        this.#entries.set(key(id), { payload, expiresAt });
        // A long-running dev server would otherwise keep every expired interaction and token.
        if (++this.#writes % 500 === 0) this.#sweep();
      },
      find: async (id) => this.#get(key(id)),
      findByUid: async (uid) => this.#findWhere(model, (p) => p.uid === uid)?.payload,
      findByUserCode: async (code) => this.#findWhere(model, (p) => p.userCode === code)?.payload,
      consume: async (id) => {
        const payload = this.#get(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        this.#entries.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        for (const [k, entry] of this.#entries) {
          if (k.startsWith(`${model}:`) && entry.payload.grantId === grantId) this.#entries.delete(k);
        }
      },
    };
  };

  /** The stored session holding an authorization with this `sid` (the `sid` claim of its tokens). */
  sessionBySid(sid: string): { id: string; payload: AdapterPayload } | undefined {
    return this.#findWhere('Session', (p) =>
      Object.values(p.authorizations ?? {}).some((a) => a.sid === sid),
    );
  }

  #sweep(): void {
    const now = Date.now();
    for (const [k, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(k);
  }

  #get(k: string): AdapterPayload | undefined {
    const entry = this.#entries.get(k);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.#entries.delete(k);
      return undefined;
    }
    return entry.payload;
  }

  #findWhere(model: string, match: (p: AdapterPayload) => boolean) {
    for (const k of this.#entries.keys()) {
      if (!k.startsWith(`${model}:`)) continue;
      const payload = this.#get(k);
      if (payload && match(payload)) return { id: k.slice(model.length + 1), payload };
    }
    return undefined;
  }
}
