import fp from 'fastify-plugin';
import { reconcilerSentinelKey } from '@dispatch/db';
import { DispatchQueue, type QueueOptions } from './dispatch.queue';
import { DispatchService } from './dispatch.service';
import type { WorkOrderLookup } from './dispatch.work-orders.repository';
import { QueueReconciler } from './dispatch.reconciler';
import { emitQueueDepths, QUEUE_CHANGED } from './dispatch.queue-events';
import { DispatchGauges } from './dispatch.metrics';
import { ASSIGNMENT_COMPLETED } from './dispatch.signals';
import { CAPACITY_CHANGED } from '#src/modules/fleet/index';

export interface DispatchRuntime {
  queue: DispatchQueue;
  service: DispatchService;
  reconciler: QueueReconciler;
}

declare module 'fastify' {
  interface FastifyInstance {
    dispatch: DispatchRuntime;
  }
}

export interface DispatchPluginOptions {
  /** The work order a request names, from the work-orders module (wired by `app.ts`). */
  workOrders: WorkOrderLookup;
  queue?: Partial<QueueOptions>;
  /** The frequent pass: tenants known to have a queue. */
  reconcileIntervalMs?: number;
  /** The full pass: every tenant (also at start, and at once when Redis is found to have lost its data). */
  fullReconcileIntervalMs?: number;
  /** Scopes the reconciler's lock to one deployment (several share a Redis in development and tests). */
  deploymentKey?: string;
}

/**
 * The dispatch runtime shared by the dispatch routes and the capacity hook of every unit of work: the Redis
 * queue, the service, and the reconciler (at start and on an interval).
 */
export const dispatchPlugin = fp<DispatchPluginOptions>(
  async (app, options) => {
    const deployment = options.deploymentKey ?? 'default';
    const queue = new DispatchQueue(app.redis, {
      leaseMs: 15_000,
      maxScan: 5_000,
      activeTenantsKey: `dispatch:tenants-with-queue:${deployment}`,
      ...options.queue,
    });
    const gauges = new DispatchGauges(app.redis, queue, deployment);
    gauges.register(app.metrics);
    const service = new DispatchService(queue, app.systemWork, options.workOrders, {
      metrics: app.metrics,
      gauges,
    });
    app.unitOfWork.declareSignal(CAPACITY_CHANGED);
    app.unitOfWork.onSignal(CAPACITY_CHANGED, service.onCapacity);
    app.unitOfWork.declareSignal(QUEUE_CHANGED);
    app.unitOfWork.onSignal(QUEUE_CHANGED, emitQueueDepths);
    // Raised for the work-orders module, which handles it (its status rule).
    app.unitOfWork.declareSignal(ASSIGNMENT_COMPLETED);
    const reconciler = new QueueReconciler({
      pool: app.db.app,
      redis: app.redis,
      queue,
      work: app.systemWork,
      log: app.log,
      intervalMs: options.reconcileIntervalMs ?? 15_000,
      fullIntervalMs: options.fullReconcileIntervalMs ?? 300_000,
      lockKey: `dispatch:reconciler-lock:${deployment}`,
      sentinelKey: reconcilerSentinelKey(deployment),
      metrics: app.metrics,
      gauges,
    });
    app.decorate('dispatch', { queue, service, reconciler });
    app.addHook('onReady', async () => reconciler.start());
    app.addHook('onClose', async () => {
      await reconciler.stop();
      await service.settle();
    });
  },
  { name: 'dispatch', dependencies: ['unit-of-work', 'tenant-work', 'redis', 'database', 'metrics'] },
);
