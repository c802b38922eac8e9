// Allowed: another module through its index.
import { alphaName } from '../alpha';
// Violation (no-module-internals): another module's service file.
import { alphaName as internalName } from '../alpha/alpha.service';
// Violations (no-module-internals, no-foreign-tables): another module's table.
import { alphas } from '../alpha/alpha.table';

export const betaName = () => `${alphaName()} ${internalName()} ${alphas.name}`;
