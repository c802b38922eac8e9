/** What the testkit global setup hands to every test worker through vitest's provide/inject. */
export interface ProvidedTestServices {
  adminDatabaseUrl: string;
  redisUrl: string;
}

/** The S3 gateway (Ceph RGW) the object-storage test project starts once per run. */
export interface ProvidedObjectStore {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    redisUrl: string;
    objectStore: ProvidedObjectStore;
  }
}
