/**
 * Part of the read model (dashboard and reports): it may read every module's tables, for reading only; it
 * writes nothing. Every other module reads only its own tables (docs/architecture.md, "Borders").
 */
export { reportRoutes } from './reports.routes';
