import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane. */
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** Verified against when the account does not exist, so that response time does not reveal which emails exist. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$juXdvMSZv2WL8CcOaMpAaw$fjYjXquGzoU9yVD8fzypamNwsdOBCg3BvvJ4XTK8SCM';
