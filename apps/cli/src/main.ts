import { runCli } from './cli';
import { processIo } from './process-io';
import { runWithVault } from './vault-environment';

// exitCode rather than exit(): stdout finishes flushing when piped.
process.exitCode = await runWithVault(processIo(), (io) => runCli(process.argv.slice(2), io));
