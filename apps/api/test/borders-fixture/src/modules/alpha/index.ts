export { alphaName } from './alpha.service';
// Violation (index-exports-no-tables): a module's index hands out its table.
export { alphas } from './alpha.table';
