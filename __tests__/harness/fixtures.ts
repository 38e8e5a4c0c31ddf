/**
 * The fixtures most test files share, in one place: an independent sha256 (node:crypto, never the code under
 * test) and `useRegistry`, which starts a real registry (optionally behind the fault proxy and/or with htpasswd
 * auth) in beforeAll and stops it in afterAll, so that no file repeats the start/stop dance or forgets a stop.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { createHash } from 'node:crypto';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { startBasicRegistry } from './htpasswd.js';
import { startRegistry, type RunningRegistry } from './registry.js';

/** `sha256:<hex>` of bytes or of a string's UTF-8, computed apart from src/ so tests check it independently. */
export const sha256 = (bytes: Uint8Array | string): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export interface RegistryOptions {
  /** Put a fault proxy (fault-proxy.ts) in front of the registry; clients then use `proxy.host`. */
  proxy?: boolean;
  /** HTTP Basic auth for exactly these users (name → password), from an htpasswd file. */
  auth?: Record<string, string>;
}

export interface RegistryFixture {
  /** The registry itself (a live view: usable in tests and hooks declared after useRegistry). */
  registry: RunningRegistry;
  /** The fault proxy in front of it; reading it throws unless `proxy: true` was asked for. */
  proxy: FaultProxy;
}

/**
 * Starts a registry in beforeAll and stops it (proxy first) in afterAll, in the describe block it is called
 * from. Call it before the hooks that use it: Jest runs hooks in the order they are declared (so its afterAll
 * also runs before the afterAll hooks declared after it; one that needs the registry alive goes before it).
 */
export function useRegistry(options: RegistryOptions = {}): RegistryFixture {
  let registry: RunningRegistry | undefined;
  let proxy: FaultProxy | undefined;
  beforeAll(async () => {
    registry = options.auth ? await startBasicRegistry(options.auth) : await startRegistry();
    if (options.proxy) proxy = await startFaultProxy(registry.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
    proxy = undefined;
    registry = undefined;
  });
  return {
    registry: liveView('registry', () => registry),
    proxy: liveView('proxy', () => (options.proxy ? proxy : fail('useRegistry was not asked for a proxy'))),
  };
}

/** An object that forwards every property read to the current value of `get()`, which hooks set later. */
function liveView<T extends object>(name: string, get: () => T | undefined): T {
  const current = (): T => get() ?? fail(`the ${name} of useRegistry is used outside the tests (before beforeAll)`);
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = current();
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
    set: (_, key, value) => Reflect.set(current(), key, value),
    has: (_, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

function fail(message: string): never {
  throw new Error(message);
}
