export { tenantSettingsRoutes } from './tenant-settings.routes';
export { DEFAULT_TENANT_SETTINGS } from './tenant-settings.service';
export type { TenantSettings } from './tenant-settings.schemas';
