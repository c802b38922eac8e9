import fp from 'fastify-plugin';
import type { AppConfig } from '@dispatch/config';
import { dispatchDeploymentKey } from '@dispatch/db';
import { createObjectStore } from '@dispatch/object-storage';
import { s3AnchorStore, type AnchorStore } from './audit.anchors';
import { AuditAnchorer } from './audit.anchoring';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where audit chain heads are anchored outside the database; undefined without an object store. */
    auditAnchors: AnchorStore | undefined;
    auditAnchorer: AuditAnchorer | undefined;
  }
}

/**
 * Audit anchoring: with an object store and a non-zero interval, one replica at a time writes every live
 * tenant's chain head to the bucket (at start, then on the interval); `GET /api/audit/verify` checks the chain
 * against the newest anchor.
 */
export const auditPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const s3 = config.storage.s3;
    const intervalS = config.audit.anchorIntervalSeconds;
    const store = s3 && intervalS > 0 ? await createObjectStore(s3) : undefined;
    const anchors = store ? s3AnchorStore(store, config.audit.anchorRetentionDays) : undefined;
    const deployment = dispatchDeploymentKey(config.db.url);
    const anchorer = anchors
      ? new AuditAnchorer({
          pool: app.db.app,
          systemWork: app.systemWork,
          redis: app.redis,
          store: anchors,
          log: app.log.child({ job: 'audit-anchoring' }),
          intervalMs: intervalS * 1000,
          lockKey: `audit:anchoring-lock:${deployment}`,
          anchoredKey: `audit:anchored:${deployment}`,
        })
      : undefined;
    app.decorate('auditAnchors', anchors);
    app.decorate('auditAnchorer', anchorer);
    app.addHook('onReady', async () => anchorer?.start());
    app.addHook('onClose', async () => {
      await anchorer?.stop();
      store?.client.destroy();
    });
  },
  { name: 'audit', dependencies: ['database', 'redis', 'tenant-work'] },
);
