import type { Scenario } from '../lib/context';
import { b0Hello } from './b0-hello';
import { b1PgSelect } from './b1-pg-select';
import { b1Page } from './b1-page';
import { provisioning } from './provisioning';
import { tenantRead } from './tenant-read';
import { tenantReadLimits } from './tenant-read-limits';
import { tenantReadScale } from './tenant-read-scale';
import { migration } from './migration';
import { realtime } from './realtime';
import { dispatch } from './dispatch';
import { nominal, nominal3x } from './nominal';
import { rollingRestart } from './rolling-restart';
import { backendMemory } from './backend-memory';
import { apiProcesses } from './api-processes';
import { restore } from './restore';
import { web } from './web';
import { dashboard } from './dashboard';

/**
 * Every scenario, in run order. Add new ones here (a file per scenario exporting a `Scenario`).
 * Order matters where one reads another's figures: baselines (B0, B1) run right before the API reads that are
 * held against them, so both sides of each ratio see the same machine state; the 1,000-tenant read needs the
 * provisioned fleet; the restore scenario works on its own tenants; the web scenario brings its own stack and
 * baseline page; the migration changes the tenant schemas and so runs last.
 */
export const scenarios: Scenario[] = [
  provisioning,
  b0Hello,
  b1PgSelect,
  b1Page,
  tenantRead,
  apiProcesses,
  tenantReadLimits,
  tenantReadScale,
  backendMemory,
  realtime,
  dispatch,
  dashboard,
  nominal,
  nominal3x,
  rollingRestart,
  restore,
  web,
  migration,
];
