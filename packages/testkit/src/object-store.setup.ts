import { startRadosGateway } from '@dispatch/local-services';
import type { TestProject } from 'vitest/node';

/**
 * Global setup of the object-storage test project: one Ceph RGW (a one-node memstore cluster on loopback) for
 * the whole run, about 13 s to start, stopped and removed after. Each test file makes its own bucket.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const gateway = await startRadosGateway();
  const { endpoint, region, accessKeyId, secretAccessKey } = gateway;
  project.provide('objectStore', { endpoint, region, accessKeyId, secretAccessKey });
  process.stdout.write(`object store: Ceph RGW at ${endpoint} (up in ${Date.now() - started} ms)\n`);
  return () => gateway.stop();
}
