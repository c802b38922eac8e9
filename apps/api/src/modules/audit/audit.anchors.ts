import { s3ErrorCode, s3Sdk, type ObjectStore } from '@dispatch/object-storage';
import { AppError } from '#src/kernel/problems';

/** A chain head written outside the database: the chain must still hold `hash` at `seq`. */
export interface AuditAnchor {
  tenantId: string;
  seq: number;
  hash: string;
  anchoredAt: string;
}

export interface AnchorStore {
  /** Writes one anchor; returns whether it is write-once (object lock) or merely stored. */
  put(anchor: AuditAnchor): Promise<{ locked: boolean }>;
  /**
   * The tenant's newest anchor. It is the only one verification needs: each link's hash commits to every link
   * before it, so a chain that still holds the newest anchored hash holds all the older ones too.
   */
  latest(tenantId: string): Promise<AuditAnchor | undefined>;
}

const PREFIX = 'audit-anchors';
const SEQ_DIGITS = 16;

/** Zero-padded so the store lists a tenant's anchors in chain order. */
export function anchorKey(tenantId: string, seq: number): string {
  return `${PREFIX}/${tenantId}/${String(seq).padStart(SEQ_DIGITS, '0')}.json`;
}

function parseAnchor(text: string, tenantId: string): AuditAnchor | undefined {
  const value = JSON.parse(text) as Partial<AuditAnchor>;
  const valid =
    value.tenantId === tenantId &&
    Number.isSafeInteger(value.seq) &&
    typeof value.hash === 'string' &&
    typeof value.anchoredAt === 'string';
  return valid ? (value as AuditAnchor) : undefined;
}

/**
 * Anchors as objects in the S3 bucket. Where the bucket has S3 Object Lock enabled (it must be created with it),
 * each anchor is written in COMPLIANCE mode for `retentionDays`, so nobody — the bucket owner included — can
 * delete or overwrite it before then; elsewhere the object is stored plainly (and the bucket's versioning keeps
 * what overwrote it). Ceph RGW enforces object lock; neither it nor every S3 honours `If-None-Match` on PUT,
 * so that is not relied on.
 */
export function s3AnchorStore(store: ObjectStore, retentionDays: number): AnchorStore {
  let lockEnabled: Promise<boolean> | undefined;
  const objectLock = () =>
    (lockEnabled ??= s3Sdk()
      .then(({ GetObjectLockConfigurationCommand }) =>
        store.client.send(new GetObjectLockConfigurationCommand({ Bucket: store.bucket })),
      )
      .then((out) => out.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled')
      .catch((error: unknown) => {
        if (s3ErrorCode(error) === 'ObjectLockConfigurationNotFoundError') return false;
        lockEnabled = undefined; // a network failure: ask again next time
        throw error;
      }));

  return {
    async put(anchor) {
      const { PutObjectCommand } = await s3Sdk();
      const locked = await objectLock();
      await store.client.send(
        new PutObjectCommand({
          Bucket: store.bucket,
          Key: anchorKey(anchor.tenantId, anchor.seq),
          Body: JSON.stringify(anchor),
          ContentType: 'application/json',
          ...(locked && {
            ObjectLockMode: 'COMPLIANCE',
            ObjectLockRetainUntilDate: new Date(Date.now() + retentionDays * 86_400_000),
          }),
        }),
      );
      return { locked };
    },

    async latest(tenantId) {
      const { GetObjectCommand, ListObjectsV2Command } = await s3Sdk();
      // Keys sort in chain order, so the last key listed is the newest anchor; no object is read but that one.
      let last: string | undefined;
      let token: string | undefined;
      do {
        const page = await store.client.send(
          new ListObjectsV2Command({
            Bucket: store.bucket,
            Prefix: `${PREFIX}/${tenantId}/`,
            ContinuationToken: token,
          }),
        );
        last = page.Contents?.at(-1)?.Key ?? last;
        token = page.NextContinuationToken;
      } while (token);
      if (!last) return undefined;
      const body = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: last }));
      const anchor = parseAnchor(await body.Body!.transformToString(), tenantId);
      // An object that is not an anchor of this tenant is evidence of tampering, not something to skip.
      if (!anchor || last !== anchorKey(tenantId, anchor.seq))
        throw new Error(`audit anchor ${last} is malformed`);
      return anchor;
    },
  };
}

/** The newest anchor for verification; an unreachable store is a 503, never a verification that skipped it. */
export async function latestAnchor(
  store: AnchorStore | undefined,
  tenantId: string,
): Promise<AuditAnchor | undefined> {
  if (!store) return undefined;
  try {
    return await store.latest(tenantId);
  } catch (error) {
    const problem = new AppError(
      'object-store-unavailable',
      'The audit anchors cannot be read now; try again later',
    );
    problem.cause = error;
    throw problem;
  }
}
