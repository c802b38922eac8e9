import type { ObjectIdentifier } from '@aws-sdk/client-s3';
import { s3Sdk, type ObjectStore } from './s3-client';

/** Deletes every object version and delete marker, then the bucket (tests and teardown only). */
export async function emptyAndDeleteBucket(store: ObjectStore): Promise<void> {
  const { DeleteBucketCommand, DeleteObjectsCommand, ListObjectVersionsCommand } = await s3Sdk();
  for (;;) {
    const page = await store.client.send(new ListObjectVersionsCommand({ Bucket: store.bucket }));
    const objects: ObjectIdentifier[] = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])].map(
      (item) => ({ Key: item.Key!, VersionId: item.VersionId }),
    );
    if (objects.length === 0) break;
    await store.client.send(
      new DeleteObjectsCommand({ Bucket: store.bucket, Delete: { Objects: objects, Quiet: true } }),
    );
  }
  await store.client.send(new DeleteBucketCommand({ Bucket: store.bucket }));
}
