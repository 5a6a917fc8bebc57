import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Editors' secrets are hashed with the platform's scrypt (memory-hard, in node:crypto), a random salt each.
// Stored as `scrypt$N$r$p$<salt>$<hash>` (base64url), so that the cost can be raised later for new secrets
// while old ones still verify.
const COST: Required<Pick<ScryptOptions, 'N' | 'r' | 'p'>> = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * options.N * options.r }, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );
}

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Does `secret` match the stored hash? Compared in constant time; a malformed hash matches nothing. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (![options.N, options.r, options.p].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(secret, Buffer.from(salt, 'base64url'), options).catch(() => null);
  return key !== null && key.length === expected.length && timingSafeEqual(key, expected);
}

/** A new editor's secret: 20 random bytes, base64url (27 characters), for a password manager. */
export function newSecret(): string {
  return randomBytes(20).toString('base64url');
}

/** An editor's name: letters, digits, dot, dash, underscore; 2 to 40 characters. */
export function validEditorName(name: string): boolean {
  return /^[\p{L}\p{N}._-]{2,40}$/u.test(name);
}
