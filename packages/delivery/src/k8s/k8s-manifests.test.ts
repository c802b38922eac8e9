import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { byKind, parseManifests, validateManifests, WORKLOAD_KINDS, type K8sObject } from '../manifests';
import { chartDir, k8sDir } from '../tools';
import { yamllintFiles } from '../yamllint';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry) ? [path] : [];
  });
}

/** Files that are Kubernetes objects, as opposed to values for third-party charts (k8s/<chart>/values.yaml). */
const manifestFiles = yamlFiles(k8sDir).filter((file) => !file.endsWith('values.yaml'));
const objects: K8sObject[] = manifestFiles.flatMap((file) => parseManifests(readFileSync(file, 'utf8')));

describe('k8s/', () => {
  it('passes yamllint', async () => {
    expect(await yamllintFiles(yamlFiles(k8sDir))).toBe('');
  });

  it('holds only objects valid against the Kubernetes and cert-manager schemas', () => {
    expect(manifestFiles.map((f) => relative(k8sDir, f)).sort()).toEqual([
      'cert-manager/cluster-issuers.yaml',
      'keycloak/keycloak.yaml',
      'namespaces.yaml',
    ]);
    expect(objects.length).toBeGreaterThanOrEqual(12);
    expect(validateManifests(objects)).toEqual([]);
  });

  it('labels the application namespaces with Pod Security restricted (enforce, audit, warn)', () => {
    const namespaces = byKind(objects, 'Namespace');
    for (const name of ['dispatch', 'dispatch-staging']) {
      const labels = namespaces.find((n) => n.metadata.name === name)?.metadata.labels;
      expect(labels, name).toMatchObject({
        'pod-security.kubernetes.io/enforce': 'restricted',
        'pod-security.kubernetes.io/audit': 'restricted',
        'pod-security.kubernetes.io/warn': 'restricted',
      });
    }
    for (const namespace of namespaces) {
      expect(['restricted', 'baseline', 'privileged']).toContain(
        namespace.metadata.labels?.['pod-security.kubernetes.io/enforce'],
      );
    }
    // The chart's NetworkPolicies name these namespaces.
    const values = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));
    const names = namespaces.map((n) => n.metadata.name);
    expect(names).toContain(values.monitoring.namespace);
    expect(names).toContain(values.ingress.controllerNamespace);
  });

  it('issues the apex by HTTP-01 and the wildcard by DNS-01 from staging and production issuers', () => {
    const issuers = byKind(objects, 'ClusterIssuer');
    expect(issuers.map((i) => i.metadata.name).sort()).toEqual([
      'letsencrypt-production',
      'letsencrypt-staging',
    ]);
    const values = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));
    expect(issuers.map((i) => i.metadata.name)).toContain(values.ingress.tls.apexIssuer);
    for (const issuer of issuers) {
      const solvers = issuer.spec.acme.solvers;
      const http = solvers.find((s: { http01?: unknown }) => s.http01);
      const dns = solvers.find((s: { dns01?: unknown }) => s.dns01);
      expect(http.selector).toBeUndefined(); // the default: the apex
      expect(dns.selector.dnsNames.every((name: string) => name.startsWith('*.'))).toBe(true);
    }
    expect(issuers.find((i) => i.metadata.name === 'letsencrypt-staging')!.spec.acme.server).toContain(
      'staging',
    );
  });

  it('hardens the optional Keycloak like the application pods', () => {
    for (const workload of objects.filter((o) => WORKLOAD_KINDS.includes(o.kind))) {
      const spec = workload.spec.template.spec;
      expect(spec.securityContext.runAsNonRoot).toBe(true);
      expect(spec.securityContext.seccompProfile.type).toBe('RuntimeDefault');
      expect(spec.automountServiceAccountToken).toBe(false);
      for (const container of spec.containers) {
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.image).toMatch(/:\d+\.\d+\.\d+$/);
        expect(container.resources.limits).toHaveProperty('memory');
      }
    }
  });

  it('configures kube-prometheus-stack to find the chart’s ServiceMonitor, rules and dashboards', () => {
    const stack = parse(readFileSync(join(k8sDir, 'kube-prometheus-stack/values.yaml'), 'utf8'));
    const chart = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));
    expect(stack.prometheus.prometheusSpec.serviceMonitorSelector.matchLabels).toEqual(
      chart.monitoring.labels,
    );
    expect(stack.prometheus.prometheusSpec.ruleSelector.matchLabels).toEqual(chart.monitoring.labels);
    const sidecar = stack.grafana.sidecar.dashboards;
    expect({ [sidecar.label]: sidecar.labelValue }).toEqual(chart.monitoring.dashboards.labels);
    expect(sidecar.folderAnnotation).toBe('grafana_folder');
  });

  it('runs the Vault injector with a pinned agent image', () => {
    const vault = parse(readFileSync(join(k8sDir, 'vault/values.yaml'), 'utf8'));
    expect(vault.injector.enabled).toBe(true);
    expect(vault.injector.agentImage.tag).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
