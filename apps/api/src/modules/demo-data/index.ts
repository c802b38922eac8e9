export { seedDemoData, type LinkedDriver, type SeedHost } from './demo-data.seed';
