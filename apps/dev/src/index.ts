export { startStack, type RunningStack, type StackOptions } from './stack';
export { buildWebApp, type WebBuild } from './web-build';
export { DEMO_TENANTS } from './demo-tenants';
