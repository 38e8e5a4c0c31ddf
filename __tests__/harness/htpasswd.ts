/**
 * A real registry behind HTTP Basic auth: an htpasswd file with bcrypt hashes (the only hash
 * distribution 2.8.2 accepts) in a temporary directory, removed when the registry stops.
 */
import { hashSync } from 'bcryptjs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type RunningRegistry } from './registry.js';

/** bcrypt's minimum cost: tests need speed, not resistance to brute force. */
const BCRYPT_TEST_COST = 4;

/** The lines of an htpasswd file (`user:bcrypt-hash`) for the given users and passwords. */
export function htpasswdLines(users: Record<string, string>): string {
  return Object.entries(users)
    .map(([user, password]) => {
      if (user.includes(':') || user.includes('\n'))
        throw new Error(`htpasswd user name ${JSON.stringify(user)} is invalid`);
      return `${user}:${hashSync(password, BCRYPT_TEST_COST)}\n`;
    })
    .join('');
}

/** Starts the real registry with Basic auth for exactly these users (name → password). */
export async function startBasicRegistry(users: Record<string, string>): Promise<RunningRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'oma-htpasswd-'));
  const htpasswdPath = join(dir, 'htpasswd');
  try {
    await writeFile(htpasswdPath, htpasswdLines(users), { mode: 0o600 });
    const registry = await startRegistry({ kind: 'htpasswd', htpasswdPath });
    return {
      ...registry,
      stop: async () => {
        await registry.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** The value of an `Authorization` header for Basic auth. */
export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
