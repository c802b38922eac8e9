export { webAppRoutes } from './web-app.routes';
export { APP_CSP } from './web-app.headers';
