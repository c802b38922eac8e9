/**
 * The unit-of-work signal raised when capacity for an equipment type may have appeared (a unit became
 * available, a driver came on shift or was freed, a qualification was added): key = equipment type id. The
 * dispatch module handles it by serving that type's queue before COMMIT.
 */
export const CAPACITY_CHANGED = 'capacity-changed';
