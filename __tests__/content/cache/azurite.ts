/**
 * Azurite (Microsoft's Azure Storage emulator, the npm devDependency `azurite`) as the blob storage behind the
 * Actions cache service: started on a free loopback port, in memory, without telemetry, until stop(). 3.35.0 is
 * pinned: it is the last release that runs on Node 20 (3.36 wants Node 21, 3.37 Node 22).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../ecosystem/node-runtime.js';

/** Azurite's well-known development account (public, documented; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export const AZURITE_MAIN = join(repoRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
export const AZURITE_INSTALL_HINT = 'the devDependency azurite is not installed: run `npm ci`';

export interface RunningAzurite {
  /** http://127.0.0.1:PORT/devstoreaccount1 — the account's blob endpoint. */
  accountUrl: string;
  /** Everything Azurite printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

export async function startAzurite(): Promise<RunningAzurite> {
  if (!existsSync(AZURITE_MAIN)) throw new Error(`missing test tool: azurite (${AZURITE_INSTALL_HINT})`);
  const child = spawn(
    process.execPath,
    [
      AZURITE_MAIN,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--extentMemoryLimit',
      '256',
      '--disableTelemetry',
      // @azure/storage-blob (in @actions/cache) speaks a newer service version than this Azurite knows
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Azurite did not start within 60 s:\n${output}`)),
      STARTUP_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code} before listening:\n${output}`));
    });
  }).catch(async (e: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw e;
  });
  return {
    accountUrl: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
    log: () => output,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
