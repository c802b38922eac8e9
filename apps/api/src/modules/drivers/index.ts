export { driverRoutes } from './drivers.routes';
export { drivers, driverQualifications, type DriverRow, type ShiftStatus } from './drivers.table';
export { findDriverBySub } from './drivers.repository';
export { createDriver } from './drivers.service';
