import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Which addresses the API may fetch tenant-supplied URLs (an identity provider's discovery and JWKS) from.
 * Only public unicast addresses, so a tenant admin cannot point the dry run at loopback, private,
 * link-local (cloud metadata), CGNAT, unique-local, NAT64/6to4 or any other special range; plus networks
 * the operator allows for on-premises identity providers (IDP_CHECK_ALLOWED_NETWORKS).
 */
export class AddressPolicy {
  private readonly allowed: [ipaddr.IPv4 | ipaddr.IPv6, number][];

  constructor(allowedNetworks: readonly string[] = []) {
    this.allowed = allowedNetworks.map((cidr) => ipaddr.parseCIDR(cidr));
  }

  /** Whether a literal IP address (v4, v6, or IPv4-mapped v6) may be connected to. */
  permits(address: string): boolean {
    if (!ipaddr.isValid(address)) return false;
    const ip = ipaddr.process(address);
    // Instance metadata stays out of reach even inside an allowed network.
    if (METADATA.has(ip.toNormalizedString())) return false;
    if (ip.range() === 'unicast') return true;
    return this.allowed.some(([network, bits]) => ip.kind() === network.kind() && ip.match(network, bits));
  }

  /**
   * A `lookup` for `http.request` that resolves the name and fails unless every address it resolves to is
   * permitted. The socket then connects to exactly the checked address: no second resolution for DNS
   * rebinding to slip into.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const wantsAll = Boolean((options as LookupOptions).all);
    dnsLookup(hostname, { ...(options as LookupOptions), all: true }, (error, addresses) => {
      if (error) return callback(error, wantsAll ? [] : '', 0);
      const list = addresses as LookupAddress[];
      if (list.length === 0 || !list.every((entry) => this.permits(entry.address))) {
        return callback(new RefusedAddressError(hostname), wantsAll ? [] : '', 0);
      }
      if (wantsAll) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

const METADATA = new Set(
  ['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192', 'fd00:ec2::254'].map((address) =>
    ipaddr.process(address).toNormalizedString(),
  ),
);

/** The host is (or resolves to) an address the policy does not permit. Says nothing about what is there. */
export class RefusedAddressError extends Error {
  constructor(readonly hostname: string) {
    super(`${hostname} is not a public address`);
    this.name = 'RefusedAddressError';
  }
}

/** The bare host of a URL: `[::1]` → `::1`. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}
