export { idpSettingsRoutes } from './idp-settings.routes';
export { demoTenantIdpSettings } from './demo';
