import type { VaultClient } from './vault-session';

/**
 * The fields of a KV v2 secret as configuration variables: a field named like a variable the configuration
 * declares (`redis_url`, `secrets_encryption_key`, `s3_secret_access_key`, `idp_client_secret_acme` of the
 * IDP_CLIENT_SECRET_<NAME> family, any case) becomes that variable. Other fields (the pgBouncer auth password,
 * backup keys other pods read) are left alone, so nothing unknown leaks into the environment of the process.
 */
export async function readKvEnvironment(
  client: VaultClient,
  path: string,
  isKnownVariable: (name: string) => boolean,
): Promise<Record<string, string>> {
  const response = (await client.read(path)) as { data?: { data?: Record<string, unknown> } };
  const fields = response.data?.data;
  if (!fields) throw new Error(`Vault path ${path} holds no KV v2 data (is it secret/data/...?)`);
  const environment: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) {
    const name = field.toUpperCase();
    if (isKnownVariable(name) && typeof value === 'string' && value !== '') environment[name] = value;
  }
  return environment;
}
