export { buildApp, loggerOptions, type App, type BuildAppOptions } from './app';
export { logDestination } from './plugins/log-destination';
export { startServer, type RunningServer } from './server';
export { demoTenantIdpSettings } from './modules/idp-settings';
export { seedDemoData, type LinkedDriver } from './modules/demo-data';
export { startApiProcesses, type ApiProcesses, type ApiProcessesOptions } from './api-processes';

/** The API's entrypoint as TypeScript (run with `--import tsx`): what the dev stack forks as its workers. */
export const API_SOURCE_ENTRY = new URL('./main.ts', import.meta.url).pathname;
