import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Where Docker-compatible engines put their socket when DOCKER_HOST is unset.
function socketCandidates(): string[] {
  const home = homedir();
  return [
    '/var/run/docker.sock',
    join(home, '.docker/run/docker.sock'),
    join(home, '.colima/default/docker.sock'),
    join(home, '.rd/docker.sock'),
    ...(process.getuid
      ? [`/run/user/${process.getuid()}/docker.sock`, `/run/user/${process.getuid()}/podman/podman.sock`]
      : []),
  ];
}

/**
 * True when a container engine answers. Without any hint of one (no DOCKER_HOST, socket or
 * testcontainers config) this costs a few stat calls and never loads testcontainers.
 */
export async function containerRuntimeAvailable(
  env: NodeJS.ProcessEnv,
  timeoutMs = 10_000,
): Promise<boolean> {
  const hinted =
    Boolean(env.DOCKER_HOST) ||
    existsSync(join(homedir(), '.testcontainers.properties')) ||
    socketCandidates().some((path) => existsSync(path));
  if (!hinted) return false;
  const { getContainerRuntimeClient } = await import('testcontainers');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([getContainerRuntimeClient().then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
