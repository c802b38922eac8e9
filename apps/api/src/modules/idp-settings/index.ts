export { idpSettingsRoutes, platformIdpCheckRoutes } from './idp-settings.routes';
export { demoTenantIdpSettings } from './demo';
export { dryRunFailed } from './idp-settings.service';
