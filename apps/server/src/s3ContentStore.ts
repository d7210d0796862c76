import { createHash } from 'node:crypto';
import { GetObjectCommand, HeadBucketCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { ExternalContentStore } from '@cascade/db';

export interface S3Settings {
  /** Omitted for AWS itself; any S3 API otherwise (SeaweedFS, Ceph, a cloud's object storage). */
  endpoint: string | undefined;
  bucket: string;
  region: string;
  /** Both or neither: without them the SDK's own chain applies (an instance role, for example). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
}

export interface S3ContentStore extends ExternalContentStore {
  /** Fails with one sentence naming the bucket when it cannot be reached: a start should stop there, not at an upload. */
  check(): Promise<void>;
  destroy(): void;
}

const keyOf = (sha256: string) => `sha256/${sha256}`;

/** File contents as objects named by their sha256, checked against it when read back. */
export function s3ContentStore(settings: S3Settings): S3ContentStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    credentials: settings.credentials,
    forcePathStyle: settings.forcePathStyle,
    // Checksums only where the API demands them: S3-compatible stores differ in the newer checksum headers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (error) {
        const reason = error instanceof Error ? error.name || error.message : String(error);
        throw new Error(
          `The S3 bucket "${Bucket}" at ${settings.endpoint ?? 'AWS'} cannot be reached (${reason}): check CASCADE_S3_*.`,
          { cause: error },
        );
      }
    },
    async put(sha256, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: keyOf(sha256), Body: bytes, ContentLength: bytes.length }));
    },
    async get(sha256) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(sha256) }));
        const bytes = await object.Body?.transformToByteArray();
        if (!bytes) return undefined;
        if (createHash('sha256').update(bytes).digest('hex') !== sha256)
          throw new Error(`The S3 object ${keyOf(sha256)} does not match its sha256: it was altered in the store.`);
        return bytes;
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    destroy: () => client.destroy(),
  };
}
