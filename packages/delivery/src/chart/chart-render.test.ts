import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { template } from '../helm';
import { byKind, find, podSpec, validateManifests, WORKLOAD_KINDS, type K8sObject } from '../manifests';
import { chartDir, repoRoot } from '../tools';
import { yamllint } from '../yamllint';

/** Every values file the chart must render with: the test matrix (ci/) and the operators' examples. */
const MATRIX = [
  ...readdirSync(join(chartDir, 'ci')).map((file) => `ci/${file}`),
  ...readdirSync(join(chartDir, 'examples')).map((file) => `examples/${file}`),
].filter((file) => file.endsWith('.yaml'));

/** The chart's default Node flags of the API, and the command the API image runs. */
const DEFAULT_NODE_OPTIONS = (
  parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8')) as {
    api: { nodeOptions: string };
  }
).api.nodeOptions;
const IMAGE_COMMAND = JSON.parse(
  /^CMD (\[.*\])$/m.exec(readFileSync(join(repoRoot, 'apps/api/Dockerfile'), 'utf8'))![1]!,
) as string[];

const REQUIRED_LABELS = [
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/component',
  'app.kubernetes.io/managed-by',
  'app.kubernetes.io/part-of',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Container = any;
const containersOf = (object: K8sObject): Container[] => {
  const spec = podSpec(object);
  return [...(spec.initContainers ?? []), ...spec.containers];
};
const usesVault = (object: K8sObject) => {
  const annotations =
    object.kind === 'CronJob'
      ? object.spec.jobTemplate.spec.template.metadata?.annotations
      : object.spec.template.metadata?.annotations;
  return annotations?.['vault.hashicorp.com/agent-inject'] === 'true';
};

describe.each(MATRIX)('chart rendered with %s', (valuesFile) => {
  let objects: K8sObject[] = [];
  let values: Record<string, unknown> = {};

  it('renders, passes yamllint and validates against the Kubernetes and CRD schemas', async () => {
    const rendered = await template([valuesFile]);
    expect(rendered.result.stderr).toBe('');
    expect(rendered.result.code).toBe(0);
    objects = rendered.objects;
    values = parse(readFileSync(join(chartDir, valuesFile), 'utf8'));
    expect(objects.length).toBeGreaterThan(10);
    expect(validateManifests(objects)).toEqual([]);
    expect(await yamllint(rendered.result.stdout)).toEqual('');
  });

  it('labels every object and selects pods by labels they carry', () => {
    for (const object of objects) {
      for (const label of REQUIRED_LABELS)
        expect(object.metadata.labels, object.metadata.name).toHaveProperty([label]);
    }
    for (const workload of objects.filter((o) => ['Deployment', 'StatefulSet'].includes(o.kind))) {
      const podLabels = workload.spec.template.metadata.labels;
      expect(podLabels).toMatchObject(workload.spec.selector.matchLabels);
    }
    for (const service of byKind(objects, 'Service')) {
      const matches = objects.filter(
        (o) =>
          ['Deployment', 'StatefulSet'].includes(o.kind) &&
          Object.entries(service.spec.selector).every(([k, v]) => o.spec.template.metadata.labels[k] === v),
      );
      expect(matches, `Service ${service.metadata.name} selects one workload`).toHaveLength(1);
    }
  });

  it('hardens every pod: non-root, read-only root, no capabilities, RuntimeDefault seccomp, limits', () => {
    const workloads = objects.filter((o) => WORKLOAD_KINDS.includes(o.kind));
    expect(workloads.length).toBeGreaterThanOrEqual(3);
    for (const workload of workloads) {
      const spec = podSpec(workload);
      const where = `${workload.kind}/${workload.metadata.name}`;
      expect(spec.securityContext.runAsNonRoot, where).toBe(true);
      expect(spec.securityContext.runAsUser, where).toBeGreaterThan(0);
      expect(spec.securityContext.seccompProfile.type, where).toBe('RuntimeDefault');
      // A service-account token only where the Vault Agent, or the API renewing its own leases, logs in with it.
      const inAppVault =
        (values.secrets as { vault?: { renewal?: string } }).vault?.renewal === 'app' &&
        (values.secrets as { source?: string }).source === 'vault' &&
        workload.metadata.name.endsWith('-api');
      expect(spec.automountServiceAccountToken, where).toBe(usesVault(workload) || inAppVault);
      for (const container of containersOf(workload)) {
        const context = container.securityContext;
        expect(context.allowPrivilegeEscalation, `${where} ${container.name}`).toBe(false);
        expect(context.readOnlyRootFilesystem, `${where} ${container.name}`).toBe(true);
        expect(context.runAsNonRoot, `${where} ${container.name}`).toBe(true);
        expect(context.capabilities.drop, `${where} ${container.name}`).toEqual(['ALL']);
        expect(context.capabilities.add, `${where} ${container.name}`).toBeUndefined();
        expect(context.seccompProfile.type).toBe('RuntimeDefault');
        for (const kind of ['requests', 'limits']) {
          expect(container.resources[kind], `${where} ${container.name} ${kind}`).toHaveProperty('cpu');
          expect(container.resources[kind], `${where} ${container.name} ${kind}`).toHaveProperty('memory');
        }
        expect(container.image, where).toMatch(/^[a-z0-9./-]+(:[\w.-]+|@sha256:[a-f0-9]{64})$/);
      }
      for (const hostField of ['hostNetwork', 'hostPID', 'hostIPC']) expect(spec[hostField]).toBeUndefined();
    }
  });

  it('never carries credentials as plain values', () => {
    expect(byKind(objects, 'Secret')).toEqual([]);
    const secretLike = /(URL|PASSWORD|SECRET|TOKEN|KEY)$/;
    for (const workload of objects.filter((o) => WORKLOAD_KINDS.includes(o.kind))) {
      for (const container of containersOf(workload)) {
        for (const variable of container.env ?? []) {
          if (!secretLike.test(variable.name) || variable.value === undefined) continue;
          // In-app Vault: connection URLs name host and database only; each lease brings user and password.
          expect(variable.name, variable.name).toMatch(/^DATABASE_(ADMIN_)?URL$/);
          const url = new URL(variable.value);
          expect([url.username, url.password], variable.name).toEqual(['', '']);
        }
      }
    }
    for (const configMap of byKind(objects, 'ConfigMap')) {
      for (const key of Object.keys(configMap.data ?? {})) {
        expect(key).not.toMatch(/^(DATABASE_(ADMIN_|READ_)?URL|REDIS_URL|SECRETS_ENCRYPTION_KEY)$/);
      }
    }
  });

  it('reads from the replica only when asked, and then requires its URL from the Secret', () => {
    const container = podSpec(find(objects, 'Deployment', '-api')).containers[0];
    const database = values.database as { readReplica?: boolean };
    const secrets = values.secrets as { source?: string };
    const readUrl = (container.env ?? []).find((v: { name: string }) => v.name === 'DATABASE_READ_URL');
    if (database.readReplica && secrets.source !== 'vault') {
      expect(readUrl.valueFrom.secretKeyRef.key).toBe('DATABASE_READ_URL');
      expect(readUrl.valueFrom.secretKeyRef.optional).toBeUndefined();
    } else {
      expect(readUrl).toBeUndefined();
    }
  });

  it('runs the API with probes, a drain that fits the grace period, and the specified resources', () => {
    const api = find(objects, 'Deployment', '-api');
    const spec = podSpec(api);
    const container = spec.containers[0];
    expect(container.readinessProbe.httpGet.path).toBe('/api/ready');
    expect(container.livenessProbe.httpGet.path).toBe('/api/health');
    expect(api.spec.strategy.rollingUpdate).toEqual({ maxUnavailable: 1, maxSurge: 2 });
    const env = find(objects, 'ConfigMap', '-api').data;
    const preStop = Number(container.lifecycle.preStop.exec.command[1]);
    const drain = Number(env.SHUTDOWN_DRAIN_DELAY_MS) / 1000;
    const grace = Number(env.SHUTDOWN_GRACE_MS) / 1000;
    expect(preStop).toBeGreaterThan(0);
    expect(preStop + drain + grace).toBeLessThan(spec.terminationGracePeriodSeconds);
    // The heap flags: the chart's default is the image's CMD, so `docker run` and the chart run the API alike.
    const nodeOptions = (values.api as { nodeOptions?: string } | undefined)?.nodeOptions;
    expect(env.NODE_OPTIONS).toBe(nodeOptions ?? DEFAULT_NODE_OPTIONS);
    expect(DEFAULT_NODE_OPTIONS).toMatch(/--max-old-space-size=\d+/);
    expect(IMAGE_COMMAND).toEqual(['node', ...DEFAULT_NODE_OPTIONS.split(' '), 'apps/api/dist/main.js']);
    // API processes per pod (node:cluster): api.processes, one unless the values say otherwise.
    expect(env.API_PROCESSES).toBe(
      String((values.api as { processes?: number } | undefined)?.processes ?? 1),
    );
    if (!(values.api as { resources?: unknown } | undefined)?.resources) {
      expect(container.resources).toEqual({
        requests: { cpu: '500m', memory: '1Gi' },
        limits: { cpu: '2', memory: '2Gi' },
      });
    }
    const web = find(objects, 'Deployment', '-web');
    expect(web.spec.replicas).toBe(2);
    expect(podSpec(web).containers[0].resources).toEqual({
      requests: { cpu: '100m', memory: '256Mi' },
      limits: { cpu: '500m', memory: '512Mi' },
    });
    for (const workload of objects.filter((o) => ['Deployment', 'StatefulSet'].includes(o.kind))) {
      for (const c of podSpec(workload).containers) {
        expect(c.readinessProbe, `${workload.metadata.name} readiness`).toBeDefined();
        expect(c.livenessProbe, `${workload.metadata.name} liveness`).toBeDefined();
      }
    }
  });

  it('scales the API 3-10 on CPU and keeps disruption budgets that allow evictions', () => {
    const api = find(objects, 'Deployment', '-api');
    const hpas = byKind(objects, 'HorizontalPodAutoscaler');
    if (hpas.length > 0) {
      const [hpa] = hpas;
      expect(api.spec.replicas).toBeUndefined(); // the HPA owns the count
      expect(hpa!.spec.scaleTargetRef).toEqual({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: api.metadata.name,
      });
      expect(hpa!.spec.minReplicas).toBeGreaterThanOrEqual(3);
      expect(hpa!.spec.maxReplicas).toBeLessThanOrEqual(10);
      expect(hpa!.spec.metrics[0].resource.name).toBe('cpu');
    } else {
      expect(api.spec.replicas).toBeGreaterThanOrEqual(2);
    }
    const pdbs = byKind(objects, 'PodDisruptionBudget');
    expect(pdbs.length).toBeGreaterThanOrEqual(2);
    for (const pdb of pdbs) {
      const target = objects.find(
        (o) =>
          ['Deployment', 'StatefulSet'].includes(o.kind) &&
          Object.entries(pdb.spec.selector.matchLabels).every(
            ([k, v]) => o.spec.template.metadata.labels[k] === v,
          ),
      );
      expect(target, `PDB ${pdb.metadata.name} selects a workload`).toBeDefined();
      const replicas = target!.spec.replicas ?? hpas[0]!.spec.minReplicas;
      // A budget that allows no voluntary eviction blocks node drains forever.
      if (pdb.spec.minAvailable !== undefined) expect(pdb.spec.minAvailable).toBeLessThan(replicas);
      if (pdb.spec.maxUnavailable !== undefined) expect(pdb.spec.maxUnavailable).toBeGreaterThanOrEqual(1);
    }
  });

  it('lets only the ingress reach web and API, only the API reach pgBouncer and Redis, metrics only from monitoring', () => {
    const policies = byKind(objects, 'NetworkPolicy');
    const deny = policies.find((p) => !p.spec.ingress);
    expect(deny?.spec.policyTypes).toEqual(['Ingress']);
    const rulesFor = (component: string) =>
      policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === component)
        ?.spec.ingress;
    const namespaceOf = (peer: { namespaceSelector?: { matchLabels: Record<string, string> } }) =>
      peer.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'];
    expect(rulesFor('web')).toEqual([
      {
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }],
        ports: [{ port: 'http', protocol: 'TCP' }],
      },
    ]);
    const api = rulesFor('api');
    expect(api).toHaveLength(2);
    expect(
      api.map((rule: { from: never[]; ports: { port: string }[] }) => [
        namespaceOf(rule.from[0]!),
        rule.ports[0]!.port,
      ]),
    ).toEqual([
      ['ingress-nginx', 'http'],
      ['monitoring', 'metrics'],
    ]);
    for (const component of ['pgbouncer', 'redis']) {
      const workloadExists = objects.some(
        (o) =>
          o.metadata.labels?.['app.kubernetes.io/component'] === component && WORKLOAD_KINDS.includes(o.kind),
      );
      const rules = rulesFor(component);
      if (!workloadExists) {
        expect(rules).toBeUndefined();
        continue;
      }
      expect(rules).toHaveLength(1);
      expect(rules[0].from).toEqual([
        { podSelector: { matchLabels: expect.objectContaining({ 'app.kubernetes.io/component': 'api' }) } },
      ]);
    }
  });

  it('serves *.baseDomain and the apex with cert-manager, websocket timeouts and optional stickiness', () => {
    const ingresses = byKind(objects, 'Ingress');
    const domain = values.baseDomain as string;
    expect(ingresses.map((i) => i.spec.rules[0].host).sort()).toEqual([`*.${domain}`, domain].sort());
    const sticky = (values.ingress as { stickySessions?: boolean } | undefined)?.stickySessions === true;
    for (const ingress of ingresses) {
      const annotations = ingress.metadata.annotations!;
      expect(annotations['cert-manager.io/cluster-issuer']).toMatch(/^letsencrypt-(staging|production)$/);
      expect(Number(annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(
        3600,
      );
      expect(annotations['nginx.ingress.kubernetes.io/affinity']).toBe(sticky ? 'cookie' : undefined);
      expect(ingress.spec.tls[0].hosts).toEqual([ingress.spec.rules[0].host]);
      const paths = ingress.spec.rules[0].http.paths.map((p: { path: string }) => p.path);
      expect(paths).toEqual(['/api', '/socket.io', '/']);
    }
  });

  it('migrates in a pre-install/pre-upgrade hook with its own config, platform before tenants', () => {
    const job = find(objects, 'Job', '-migrate');
    expect(job.metadata.annotations!['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    const spec = podSpec(job);
    expect(spec.initContainers.map((c: Container) => c.args)).toEqual([
      ['dispatch-admin', 'platform', 'migrate'],
    ]);
    expect(spec.containers[0].args.slice(0, 2)).toEqual(['dispatch-admin', 'migrate']);
    // What the Job reads must itself be a hook created before it: the release's objects do not exist yet.
    const hookNames = new Set(
      objects
        .filter((o) => o.metadata.annotations?.['helm.sh/hook']?.includes('pre-install'))
        .filter((o) => Number(o.metadata.annotations!['helm.sh/hook-weight']) < 0)
        .map((o) => `${o.kind}/${o.metadata.name}`),
    );
    expect(hookNames).toContain(`ServiceAccount/${spec.serviceAccountName}`);
    for (const container of containersOf(job)) {
      for (const source of container.envFrom) {
        if (source.configMapRef) expect(hookNames).toContain(`ConfigMap/${source.configMapRef.name}`);
      }
    }
    for (const batch of [job, ...byKind(objects, 'CronJob')]) {
      if (usesVault(batch)) {
        const annotations =
          batch.kind === 'CronJob'
            ? batch.spec.jobTemplate.spec.template.metadata.annotations
            : batch.spec.template.metadata.annotations;
        expect(annotations['vault.hashicorp.com/agent-pre-populate-only']).toBe('true');
      }
    }
  });

  it('backs tenants up on a schedule with the CLI, onto a mounted volume', () => {
    const cronJobs = byKind(objects, 'CronJob');
    const backup = values.backup as { enabled?: boolean; destination?: string } | undefined;
    expect(cronJobs).toHaveLength(backup?.enabled ? 1 : 0);
    for (const cronJob of cronJobs) {
      expect(cronJob.spec.concurrencyPolicy).toBe('Forbid');
      const container = podSpec(cronJob).containers[0];
      expect(container.args.slice(0, 3)).toEqual(['dispatch-admin', 'tenants', 'backup']);
      const destination = container.args[container.args.indexOf('--to') + 1];
      expect(destination).toBe(backup!.destination);
      if (destination.startsWith('/')) {
        const mounts = container.volumeMounts.map((m: { mountPath: string }) => m.mountPath);
        expect(mounts.some((path: string) => destination.startsWith(path) && path !== '/tmp')).toBe(true);
      }
    }
  });

  it('runs pgBouncer in transaction mode and Redis with AOF and noeviction', () => {
    const pgbouncer = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.endsWith('-pgbouncer'));
    if (pgbouncer) {
      const ini = pgbouncer.data['pgbouncer.ini'] as string;
      expect(ini).toMatch(/^pool_mode = transaction$/m);
      const lifetime = Number(/^server_lifetime = (\d+)$/m.exec(ini)![1]);
      const lease =
        (values.secrets as { vault?: { credentialLeaseSeconds?: number } }).vault?.credentialLeaseSeconds ??
        3600;
      expect(lifetime).toBeLessThan(lease);
    }
    // A named prepared statement does not survive onto the server connection pgBouncer gives the next transaction.
    const apiSettings = objects.filter((o) => o.kind === 'ConfigMap' && o.data?.BASE_DOMAIN !== undefined);
    expect(apiSettings.length).toBeGreaterThan(0);
    for (const settings of apiSettings) {
      expect(settings.data.DATABASE_NAMED_STATEMENTS).toBe(pgbouncer ? '0' : undefined);
    }
    const redis = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name.endsWith('-redis'));
    const mode = (values.redis as { mode?: string } | undefined)?.mode ?? 'internal';
    expect(Boolean(redis)).toBe(mode === 'internal');
    if (redis) {
      const command = podSpec(redis).containers[0].command.join(' ');
      expect(command).toContain('--appendonly yes');
      expect(command).toContain('--maxmemory-policy noeviction');
    }
  });

  it('ships monitoring objects with the labels kube-prometheus-stack selects by', () => {
    const monitoring = values.monitoring as { serviceMonitor?: { enabled: boolean } } | undefined;
    const enabled = monitoring?.serviceMonitor?.enabled !== false;
    expect(byKind(objects, 'ServiceMonitor')).toHaveLength(enabled ? 1 : 0);
    if (!enabled) return;
    const serviceMonitor = byKind(objects, 'ServiceMonitor')[0]!;
    expect(serviceMonitor.metadata.labels!.release).toBe('kube-prometheus-stack');
    expect(serviceMonitor.spec.endpoints[0].port).toBe('metrics');
    const rule = byKind(objects, 'PrometheusRule')[0]!;
    expect(rule.metadata.labels!.release).toBe('kube-prometheus-stack');
    expect(rule.spec).toEqual(parse(readFileSync(join(chartDir, 'files/rules.yaml'), 'utf8')));
    const dashboards = byKind(objects, 'ConfigMap').filter(
      (c) => c.metadata.labels?.grafana_dashboard === '1',
    );
    expect(dashboards.map((d) => Object.keys(d.data)[0]).sort()).toEqual([
      'business.json',
      'system-health.json',
      'tenant.json',
    ]);
    for (const dashboard of dashboards)
      expect(() => JSON.parse(Object.values(dashboard.data)[0] as string)).not.toThrow();
  });
});
