export {
  createObjectStore,
  deleteObject,
  s3Sdk,
  s3ErrorCode,
  s3Status,
  statObject,
  type ObjectStore,
} from './s3-client';
export {
  presignUpload,
  presignDownload,
  contentDisposition,
  type PresignedUpload,
  type UploadPolicyInput,
} from './presign';
export { emptyAndDeleteBucket } from './bucket-admin';
export { postToPresignedUpload } from './post-form';
export {
  applyBucketSettings,
  corsOrigins,
  type BucketSetting,
  type BucketSettingOutcome,
  type BucketSetupOptions,
} from './bucket-setup';
