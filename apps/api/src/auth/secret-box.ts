// The box lives in @dispatch/db so the CLI's `secrets reseal` seals exactly as the API does.
export { SecretBox, SecretBoxError } from '@dispatch/db';
