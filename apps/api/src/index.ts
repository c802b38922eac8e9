export { buildApp, loggerOptions, type App, type BuildAppOptions } from './app';
export { startServer, type RunningServer } from './server';
export { demoTenantIdpSettings } from './modules/idp-settings';
export { seedDemoData, type LinkedDriver } from './modules/demo-data';
