import { randomBytes, randomInt } from 'node:crypto';
import type { Random } from './deps.js';

export const cryptoRandom: Random = {
  bytes: (n) => new Uint8Array(randomBytes(n)),
  int: (max) => randomInt(max),
};

/** A random secret as base64url text (for session ids, CSRF tokens, temporary passwords). */
export const token = (random: Random, bytes = 32) => Buffer.from(random.bytes(bytes)).toString('base64url');
