export { runCli } from './cli';
export type { CliIo, OutputStream } from './io';
export type { RunCliOptions } from './context';
