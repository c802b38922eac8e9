export { usersPlugin, SEEN_INTERVAL_SECONDS } from './users.plugin';
export { userRoutes } from './users.routes';
