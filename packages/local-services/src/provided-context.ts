/** What the testkit global setup hands to every test worker through vitest's provide/inject. */
export interface ProvidedTestServices {
  adminDatabaseUrl: string;
  redisUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    redisUrl: string;
  }
}
