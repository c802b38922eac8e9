{{/* Names are trimmed to 63 characters: Kubernetes label and DNS-1123 limits. */}}
{{- define "dispatch.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "dispatch.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains (include "dispatch.name" .) .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name (include "dispatch.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* <fullname>-<component>, e.g. dispatch-api */}}
{{- define "dispatch.component" -}}
{{- printf "%s-%s" (include "dispatch.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "dispatch.selectorLabels" -}}
app.kubernetes.io/name: {{ include "dispatch.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "dispatch.labels" -}}
{{ include "dispatch.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/part-of: dispatch
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* image reference: repository@digest when a digest is given, else repository:tag (tag defaults to appVersion). */}}
{{- define "dispatch.image" -}}
{{- $registry := .root.Values.image.registry -}}
{{- $repo := ternary .image.repository (printf "%s/%s" $registry .image.repository) (empty $registry) -}}
{{- if .image.digest -}}
{{- printf "%s@%s" $repo .image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo (default .root.Chart.AppVersion .image.tag) -}}
{{- end -}}
{{- end -}}

{{/* Restricted Pod Security: every pod runs as non-root with the runtime's default seccomp profile. */}}
{{- define "dispatch.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .uid }}
fsGroup: {{ .uid }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "dispatch.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "dispatch.vaultEnabled" -}}
{{- if eq .Values.secrets.source "vault" -}}true{{- end -}}
{{- end -}}

{{/* secrets.vault.renewal=app: the API itself talks to Vault (node-vault), no agent in its pod. */}}
{{- define "dispatch.vaultInApp" -}}
{{- if and (eq .Values.secrets.source "vault") (eq .Values.secrets.vault.renewal "app") -}}true{{- end -}}
{{- end -}}

{{/*
The API's environment when it renews its own leases: where Vault is, how to log in and which paths to read.
The URLs carry no credentials; each lease supplies user and password (docs/operations/vault.md).
*/}}
{{- define "dispatch.vaultAppEnv" -}}
{{- $v := .Values.secrets.vault -}}
- name: VAULT_ADDR
  value: {{ required "secrets.vault.address is required when secrets.vault.renewal is app" $v.address | quote }}
- name: VAULT_AUTH_METHOD
  value: kubernetes
- name: VAULT_AUTH_MOUNT
  value: {{ default "kubernetes" (trimPrefix "auth/" $v.authPath) | quote }}
- name: VAULT_ROLE
  value: {{ $v.role | quote }}
- name: VAULT_KV_PATH
  value: {{ $v.staticSecretsPath | quote }}
- name: VAULT_DATABASE_CREDS_PATH
  value: {{ $v.databaseCredsPath | quote }}
- name: VAULT_DATABASE_ADMIN_CREDS_PATH
  value: {{ $v.adminCredsPath | quote }}
- name: DATABASE_URL
  value: {{ printf "postgresql://%s:%s/%s" (include "dispatch.databaseAppHost" .) (include "dispatch.databaseAppPort" .) .Values.database.name | quote }}
- name: DATABASE_ADMIN_URL
  value: {{ printf "postgresql://%s:%v/%s?sslmode=%s" .Values.database.host .Values.database.port .Values.database.name .Values.database.sslmode | quote }}
{{- end -}}

{{/* The API container's secret environment: in-app Vault settings, or what every dispatch container reads. */}}
{{- define "dispatch.apiSecretEnv" -}}
{{- if include "dispatch.vaultInApp" . -}}
{{ include "dispatch.vaultAppEnv" . }}
{{- else -}}
{{ include "dispatch.secretEnv" . }}
{{- end -}}
{{- end -}}

{{/* The Kubernetes Secret holding the app's credentials (secrets.source=kubernetes). */}}
{{- define "dispatch.secretName" -}}
{{- required "secrets.kubernetes.secretName is required when secrets.source is kubernetes (the chart never takes credentials as plain values)" .Values.secrets.kubernetes.secretName -}}
{{- end -}}

{{- define "dispatch.baseDomain" -}}
{{- required "baseDomain is required (tenants live at <slug>.<baseDomain>)" .Values.baseDomain -}}
{{- end -}}

{{/*
Vault Agent annotations rendering an env file the image's entrypoint sources before starting.
The templates live in files/vault/ as plain Consul Template text (Helm does not render .Files.Get), with
__PLACEHOLDERS__ replaced here. Jobs pass prePopulateOnly: the agent renders once in an init container and no
sidecar keeps the Job from completing.
*/}}
{{- define "dispatch.vaultAnnotations" -}}
{{- $v := .root.Values.secrets.vault -}}
{{- $template := .root.Files.Get (printf "files/vault/%s" .template) -}}
{{- $template = $template | replace "__DB_CREDS_PATH__" $v.databaseCredsPath | replace "__ADMIN_CREDS_PATH__" $v.adminCredsPath | replace "__STATIC_PATH__" $v.staticSecretsPath -}}
{{- $template = $template | replace "__DB_HOST__" (include "dispatch.databaseAppHost" .root) | replace "__DB_PORT__" (include "dispatch.databaseAppPort" .root) -}}
{{- $template = $template | replace "__ADMIN_HOST__" .root.Values.database.host | replace "__ADMIN_PORT__" (toString .root.Values.database.port) -}}
{{- $template = $template | replace "__DB_NAME__" .root.Values.database.name | replace "__SSLMODE__" .root.Values.database.sslmode -}}
vault.hashicorp.com/agent-inject: "true"
vault.hashicorp.com/role: {{ .role | quote }}
{{- with $v.authPath }}
vault.hashicorp.com/auth-path: {{ . | quote }}
{{- end }}
vault.hashicorp.com/agent-inject-secret-{{ .file }}: {{ .secretPath | quote }}
vault.hashicorp.com/agent-inject-template-{{ .file }}: |
{{ $template | trim | indent 2 }}
{{- if .prePopulateOnly }}
vault.hashicorp.com/agent-pre-populate-only: "true"
{{- end }}
vault.hashicorp.com/agent-run-as-user: {{ .root.Values.podSecurity.uid | quote }}
vault.hashicorp.com/agent-requests-cpu: 25m
vault.hashicorp.com/agent-requests-mem: 32Mi
vault.hashicorp.com/agent-limits-cpu: 250m
vault.hashicorp.com/agent-limits-mem: 128Mi
{{- end -}}

{{/* Where the API's DATABASE_URL points: pgBouncer when the chart runs it, else the database itself. */}}
{{- define "dispatch.databaseAppHost" -}}
{{- if .Values.pgbouncer.enabled -}}{{ include "dispatch.component" (dict "root" . "component" "pgbouncer") }}{{- else -}}{{ .Values.database.host }}{{- end -}}
{{- end -}}
{{- define "dispatch.databaseAppPort" -}}
{{- if .Values.pgbouncer.enabled -}}6432{{- else -}}{{ .Values.database.port }}{{- end -}}
{{- end -}}

{{/* Credentials and settings every dispatch container (API, migration Job, backup CronJob) reads. */}}
{{/* With a read replica the key is named explicitly: a Secret without it stops the pod instead of silently reading from the primary. */}}
{{- define "dispatch.secretEnv" -}}
{{- if include "dispatch.vaultEnabled" . -}}
- name: DISPATCH_ENV_FILE
  value: /vault/secrets/dispatch.env
{{- else if .Values.database.readReplica -}}
- name: DATABASE_READ_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "dispatch.secretName" . }}
      key: DATABASE_READ_URL
{{- end -}}
{{- end -}}

{{- define "dispatch.secretEnvFrom" -}}
{{- if not (include "dispatch.vaultEnabled" .) -}}
- secretRef:
    name: {{ include "dispatch.secretName" . }}
{{- end -}}
{{- end -}}

{{/* Non-secret settings, as ConfigMap data (the API) and as the hook ConfigMap (the migration Job runs before the release's ConfigMaps exist). */}}
{{- define "dispatch.apiEnv" -}}
NODE_ENV: production
HOST: 0.0.0.0
PORT: {{ .Values.api.port | quote }}
METRICS_HOST: 0.0.0.0
METRICS_PORT: {{ .Values.api.metricsPort | quote }}
API_PROCESSES: {{ .Values.api.processes | default 1 | quote }}
{{- with .Values.api.nodeOptions }}
NODE_OPTIONS: {{ . | quote }}
{{- end }}
BASE_DOMAIN: {{ include "dispatch.baseDomain" . | quote }}
TRUST_PROXY: "true"
LOG_LEVEL: {{ .Values.api.logLevel | quote }}
PLATFORM_OIDC_ISSUER: {{ required "platformAuth.issuer is required" .Values.platformAuth.issuer | quote }}
PLATFORM_OIDC_AUDIENCE: {{ .Values.platformAuth.audience | quote }}
SHUTDOWN_DRAIN_DELAY_MS: {{ mul .Values.api.shutdown.drainDelaySeconds 1000 | quote }}
SHUTDOWN_GRACE_MS: {{ mul .Values.api.shutdown.graceSeconds 1000 | quote }}
TENANT_EXPORT_DIR: /tmp/exports
{{- if .Values.pgbouncer.enabled }}
{{- /* pgBouncer in transaction mode hands each transaction any server connection: no named statements. */}}
DATABASE_NAMED_STATEMENTS: "0"
{{- end }}
{{- range $name, $value := .Values.api.extraEnv }}
{{ $name }}: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* A container running dispatch-admin from the API image with the admin (owner) credentials. */}}
{{- define "dispatch.migrationContainer" -}}
image: {{ include "dispatch.image" (dict "root" .root "image" .root.Values.image.api) }}
imagePullPolicy: {{ .root.Values.image.pullPolicy }}
envFrom:
  - configMapRef:
      name: {{ .name }}
  {{- with include "dispatch.secretEnvFrom" .root }}
  {{- . | nindent 2 }}
  {{- end }}
{{- with include "dispatch.secretEnv" .root }}
env:
  {{- . | nindent 2 }}
{{- end }}
resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { cpu: "1", memory: 1Gi }
securityContext:
  {{- include "dispatch.containerSecurityContext" .root | nindent 2 }}
volumeMounts:
  - { name: tmp, mountPath: /tmp }
  {{- if .backupsClaim }}
  - { name: backups, mountPath: /backups }
  {{- end }}
{{- end -}}

{{/* dispatch-admin tenants backup: every active tenant (--all) or the listed ones, to the destination. */}}
{{- define "dispatch.backupArgs" -}}
{{- $b := .Values.backup -}}
- dispatch-admin
- tenants
- backup
{{- if $b.all }}
- --all
{{- else }}
{{- range $b.tenants }}
- {{ . | quote }}
{{- end }}
{{- end }}
- --to
- {{ required "backup.destination is required when backups are enabled (s3://bucket/prefix)" $b.destination | quote }}
{{- end -}}
