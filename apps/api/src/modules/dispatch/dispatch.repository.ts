/** Every SQL statement of the dispatch module, by concern; services import this one module. */
export * from './dispatch.scope';
export * from './dispatch.requests.repository';
export * from './dispatch.assignments.repository';
