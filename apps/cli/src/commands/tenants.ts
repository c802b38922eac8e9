import { Command, Option } from 'commander';
import { TENANT_TIERS, type TenantTier } from '@dispatch/db';
import { CliError } from '../errors';
import type { RateLimitOverrides, Tenant } from '../clients/platform-client';
import { tenantDetail, tenantsTable } from '../output/tables';
import { action, type CliRun, type CommandContext } from './command-context';
import { buildIdp, idpOptions, type IdpFlags } from './tenant-idp';
import { addBackupCommands } from './tenant-backups';

interface LimitFlags {
  user?: string;
  tenant?: string;
  reports?: string;
  clear?: boolean;
}

/** The flags as overrides (null for --clear), each a whole number the API accepts. */
function limitOverrides(opts: LimitFlags): RateLimitOverrides | null {
  const fields = (['user', 'tenant', 'reports'] as const).filter((field) => opts[field] !== undefined);
  if (opts.clear) {
    if (fields.length) throw new CliError('--clear goes alone, without --user, --tenant or --reports');
    return null;
  }
  if (!fields.length) throw new CliError('give at least one of --user, --tenant, --reports (or --clear)');
  const limits: RateLimitOverrides = {};
  for (const field of fields) {
    const value = Number(opts[field]);
    if (!/^\d+$/.test(opts[field]!) || value < 1 || value > 10_000_000)
      throw new CliError(`--${field} must be a whole number from 1 to 10000000, got "${opts[field]}"`);
    limits[field] = value;
  }
  return limits;
}

function printTenant(ctx: CommandContext, tenant: Tenant, headline: string): void {
  if (ctx.out.json) return ctx.out.data(tenant);
  ctx.out.line(headline);
  ctx.out.line(tenantDetail(tenant));
}

async function confirmDelete(ctx: CommandContext, tenant: Tenant): Promise<void> {
  if (!ctx.io.prompt) {
    throw new CliError(`refusing to delete ${tenant.slug} without confirmation: pass --yes`);
  }
  const answer = await ctx.io.prompt(
    `This exports tenant ${tenant.slug}, then drops its schema and all its data. Type the slug to confirm: `,
  );
  if (answer.trim() !== tenant.slug) {
    throw new CliError('not deleted: the confirmation did not match the slug');
  }
}

export function tenantsCommand(run: CliRun): Command {
  const tenants = new Command('tenants').description('create, inspect, suspend and delete tenants');

  const create = tenants
    .command('create')
    .description('provision a tenant: its schema, tables and registry row, atomically')
    .argument('<slug>', 'subdomain: a lowercase DNS label of 3-63 characters')
    .requiredOption('--name <name>', 'display name')
    .addOption(new Option('--tier <tier>', 'service tier').choices(TENANT_TIERS).default('standard'));
  idpOptions(create).action(
    action<IdpFlags & { name: string; tier: TenantTier }>(run, async (ctx, { args: [slug], opts }) => {
      const { tenant, created } = await ctx.client.createTenant({
        slug: slug!,
        name: opts.name,
        tier: opts.tier,
        idp: buildIdp(opts),
      });
      if (ctx.out.json) return ctx.out.data({ created, tenant });
      printTenant(
        ctx,
        tenant,
        created
          ? `Created tenant ${tenant.slug}.`
          : `Tenant ${tenant.slug} already exists as requested; nothing changed.`,
      );
    }),
  );

  tenants
    .command('list')
    .description('list tenants in creation order')
    .option('--all', 'include deleted tenants (tombstones)')
    .action(
      action<{ all?: boolean }>(run, async (ctx, { opts }) => {
        const list = await ctx.client.listTenants({ includeDeleted: Boolean(opts.all) });
        if (ctx.out.json) return ctx.out.data(list);
        ctx.out.line(list.length ? tenantsTable(list, ctx.out.tty) : 'No tenants.');
      }),
    );

  tenants
    .command('show')
    .description('show one tenant')
    .argument('<slug|id>')
    .action(
      action(run, async (ctx, { args: [ref] }) => {
        const tenant = await ctx.client.getTenant(ref!);
        printTenant(ctx, tenant, `Tenant ${tenant.slug}`);
      }),
    );

  tenants
    .command('suspend')
    .description('suspend a tenant: its API answers 403 tenant-suspended; nothing is deleted')
    .argument('<slug|id>')
    .action(
      action(run, async (ctx, { args: [ref] }) => {
        const tenant = await ctx.client.getTenant(ref!);
        if (tenant.status === 'suspended') {
          return printTenant(ctx, tenant, `Tenant ${tenant.slug} is already suspended.`);
        }
        const after = await ctx.client.setStatus(tenant.id, 'suspended');
        printTenant(ctx, after, `Suspended tenant ${after.slug}.`);
        if (!ctx.client.announcesChanges && !ctx.out.json) ctx.out.note(directModeCacheNote);
      }),
    );

  tenants
    .command('limits')
    .description("set a tenant's own request limits per window over its tier's (docs/abuse-resistance.md)")
    .argument('<slug|id>')
    .option('--user <n>', 'requests per user')
    .option('--tenant <n>', 'requests of the whole tenant')
    .option('--reports <n>', 'report generations and CSV exports of the tenant')
    .option('--clear', "drop the tenant's own limits: back to its tier's")
    .action(
      action<LimitFlags>(run, async (ctx, { args: [ref], opts }) => {
        const limits = limitOverrides(opts);
        const tenant = await ctx.client.getTenant(ref!);
        const after = await ctx.client.setRateLimits(tenant.id, limits);
        printTenant(
          ctx,
          after,
          limits
            ? `Set the rate limits of ${after.slug}.`
            : `${after.slug} has its tier's rate limits again.`,
        );
        if (!ctx.client.announcesChanges && !ctx.out.json) ctx.out.note(directModeCacheNote);
      }),
    );

  tenants
    .command('resume')
    .description('reactivate a suspended tenant')
    .argument('<slug|id>')
    .action(
      action(run, async (ctx, { args: [ref] }) => {
        const tenant = await ctx.client.getTenant(ref!);
        if (tenant.status !== 'suspended') {
          return printTenant(
            ctx,
            tenant,
            `Tenant ${tenant.slug} is not suspended (status ${tenant.status}).`,
          );
        }
        // Suspension keeps no memory of the earlier status; provisioning's rule (trial tier → trial) restores it.
        const after = await ctx.client.setStatus(tenant.id, tenant.tier === 'trial' ? 'trial' : 'active');
        printTenant(ctx, after, `Resumed tenant ${after.slug} (status ${after.status}).`);
        if (!ctx.client.announcesChanges && !ctx.out.json) ctx.out.note(directModeCacheNote);
      }),
    );

  tenants
    .command('delete')
    .description("export a tenant's data, then drop its schema; the registry keeps a tombstone")
    .argument('<slug|id>')
    .option('--yes', 'do not ask for confirmation')
    .action(
      action<{ yes?: boolean }>(run, async (ctx, { args: [ref], opts }) => {
        const tenant = await ctx.client.getTenant(ref!);
        if (tenant.status === 'deleted') {
          return printTenant(ctx, tenant, `Tenant ${tenant.slug} is already deleted.`);
        }
        if (!opts.yes) await confirmDelete(ctx, tenant);
        if (!ctx.out.json) ctx.out.note(`Exporting ${tenant.slug} and dropping its schema...`);
        const tombstone = await ctx.client.deleteTenant(tenant.id);
        if (ctx.out.json) return ctx.out.data(tombstone);
        ctx.out.line(`Deleted tenant ${tombstone.slug}.`);
        ctx.out.line(`Export: ${tombstone.exportLocation ?? '(none recorded)'}`);
      }),
    );

  addBackupCommands(tenants, run);
  return tenants;
}

const directModeCacheNote =
  'note: in direct mode running API replicas see this change when their registry cache expires ' +
  '(TENANT_CACHE_TTL_MS); set REDIS_URL or use --api for an immediate effect.';
