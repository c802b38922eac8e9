import type { Command, OptionValues } from 'commander';
import type { CliIo } from '../io';
import type { PlatformClient } from '../clients/platform-client';
import { createClient, type GlobalOptions, type RunCliOptions } from '../context';
import { createPrinter, type Printer } from '../output/printer';

/** Shared by every command of one `runCli` call; `exitCode` is how handlers report failure without throwing. */
export interface CliRun {
  io: CliIo;
  options: RunCliOptions;
  exitCode: number;
}

export interface CommandContext {
  client: PlatformClient;
  out: Printer;
  io: CliIo;
  options: RunCliOptions;
}

type Handler<O extends OptionValues> = (
  ctx: CommandContext,
  input: { args: string[]; opts: O },
) => Promise<number | void>;

/**
 * Wraps a handler as a commander action: connects lazily (so `--help` never does), says on a terminal
 * which transport is in use, and always closes the connection.
 */
export function action<O extends OptionValues = OptionValues>(
  run: CliRun,
  handler: Handler<O>,
  needs: { directOnly?: boolean } = {},
) {
  return async (...params: unknown[]) => {
    const command = params.at(-1) as Command;
    const globals = command.optsWithGlobals<GlobalOptions>();
    const out = createPrinter(run.io.stdout, run.io.stderr, Boolean(globals.json));
    const client = createClient(globals, run.io, run.options, needs);
    try {
      if (out.tty && !out.json) out.line(`Using ${client.description}`);
      const code = await handler(
        { client, out, io: run.io, options: run.options },
        {
          args: command.processedArgs as string[],
          opts: command.opts<O>(),
        },
      );
      run.exitCode = code ?? 0;
    } finally {
      await client.close();
    }
  };
}
