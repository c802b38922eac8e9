// Writes the chart's dashboard JSON from the typed builders: pnpm --filter @dispatch/delivery dashboards
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartDir } from '../tools';
import { DASHBOARDS, renderDashboard } from './index';

for (const { file, build } of DASHBOARDS) {
  writeFileSync(join(chartDir, 'dashboards', file), renderDashboard(build()));
  process.stdout.write(`wrote charts/dispatch/dashboards/${file}\n`);
}
