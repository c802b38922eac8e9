import { Command } from 'commander';
import { action, type CliRun } from './command-context';

export function platformCommand(run: CliRun): Command {
  const platform = new Command('platform').description('the platform schema itself');
  platform
    .command('migrate')
    .description('apply platform migrations (migrations/) and grant the app role its access; database only')
    .action(
      action(
        run,
        async (ctx) => {
          const { applied } = await ctx.client.migratePlatform();
          if (ctx.out.json) return ctx.out.data({ applied });
          ctx.out.line(applied.length ? `Applied ${applied.join(', ')}.` : 'Platform schema is up to date.');
          ctx.out.line('Granted the app role access to the platform schema.');
        },
        { directOnly: true },
      ),
    );
  return platform;
}
