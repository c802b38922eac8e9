export { authRoutes, meRoutes, platformMeRoutes } from './auth.routes';
