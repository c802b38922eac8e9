import { runCli } from './cli';
import { processIo } from './process-io';

// exitCode rather than exit(): stdout finishes flushing when piped.
process.exitCode = await runCli(process.argv.slice(2), processIo());
