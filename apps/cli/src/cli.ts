import { Command, CommanderError } from 'commander';
import { reportError } from './errors';
import type { CliIo } from './io';
import type { RunCliOptions } from './context';
import type { CliRun } from './commands/command-context';
import { tenantsCommand } from './commands/tenants';
import { migrateCommand } from './commands/migrate';
import { platformCommand } from './commands/platform';
import { secretsCommand } from './commands/secrets';
import { storageCommand } from './commands/storage';

function buildProgram(run: CliRun): Command {
  const program = new Command('dispatch-admin')
    .description('Dispatch platform administration: tenants and migrations')
    .option('--api <url>', 'platform API base URL (env DISPATCH_API_URL); selects API mode')
    .option('--token <token>', 'platform-admin bearer token for API mode (env DISPATCH_TOKEN)')
    .option('--database-url <url>', 'owner-role Postgres URL (env DATABASE_ADMIN_URL); selects direct mode')
    .option('--json', 'machine-readable output on stdout');
  program.addCommand(tenantsCommand(run));
  program.addCommand(migrateCommand(run));
  program.addCommand(platformCommand(run));
  program.addCommand(secretsCommand(run));
  program.addCommand(storageCommand(run));
  // Added commands inherit no settings, so apply them to the whole tree.
  const configure = (command: Command) => {
    command
      .showHelpAfterError('(add --help for usage)')
      .configureOutput({
        writeOut: (text) => void run.io.stdout.write(text),
        writeErr: (text) => void run.io.stderr.write(text),
      })
      // Commander would call process.exit; throwing instead keeps runCli testable in-process.
      .exitOverride();
    command.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** Runs one command line (without `node script`) and resolves with the exit code. */
export async function runCli(argv: string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
  const run: CliRun = { io, options, exitCode: 0 };
  // `pnpm cli -- tenants list` hands the `--` through; it would otherwise end option parsing.
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  try {
    await buildProgram(run).parseAsync(args, { from: 'user' });
    return run.exitCode;
  } catch (error) {
    // Commander has already printed its own message (usage errors, --help, --version).
    if (error instanceof CommanderError) return error.exitCode;
    const report = reportError(error);
    for (const line of report.lines) io.stderr.write(`${line}\n`);
    return report.exitCode;
  }
}
