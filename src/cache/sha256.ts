import { createHash } from 'node:crypto';

/** Hex SHA-256: the content hash the cache is keyed by. Its own module, so the inspect worker loads only this. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
