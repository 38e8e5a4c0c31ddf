/**
 * The connection pools requests go out on: one undici Agent (a keep-alive pool per origin) and, when a forward
 * proxy applies to a URL (proxy.ts), one ProxyAgent per proxy that tunnels through it.
 */
// undici's parts, without the package index that loads all of undici (undici-parts.d.ts).
import type { Agent, Dispatcher } from 'undici';
import UndiciAgent from 'undici/lib/dispatcher/agent.js';
import { setKnownV8Flags } from '../../v8-flags.js';
import { proxyFor, type ProxySettings } from './proxy.js';

/** Sockets kept open between requests to one registry (undici's pool per origin). */
const KEEP_ALIVE_MS = 30_000;
export const CONNECT_TIMEOUT_MS = 30_000;
/** The same for the direct pool and for every proxy's. */
const poolOptions = {
  keepAliveTimeout: KEEP_ALIVE_MS,
  keepAliveMaxTimeout: KEEP_ALIVE_MS * 10,
  connect: { timeout: CONNECT_TIMEOUT_MS },
};

let sharedAgent: Agent | undefined;
/** Where requests go through a forward proxy (proxy.ts), and one agent per proxy URL. */
let proxySettings: ProxySettings | undefined;
const proxyAgents = new Map<string, Dispatcher>();

/** undici's ProxyAgent, loaded only when a proxy is set (most runs have none). */
let ProxyAgentClass: typeof import('undici').ProxyAgent | undefined;

/** Sends the requests that the settings name through their proxy from now on (undefined: none). */
export async function useProxies(settings: ProxySettings | undefined): Promise<void> {
  proxySettings = settings?.httpProxy || settings?.httpsProxy ? settings : undefined;
  if (!proxySettings || ProxyAgentClass) return;
  const [proxyAgent, dispatcher, connect] = await Promise.all([
    import('undici/lib/dispatcher/proxy-agent.js'),
    import('undici/lib/dispatcher/dispatcher.js'),
    import('undici/lib/api/api-connect.js'),
  ]);
  // The tunnel is opened with Dispatcher#connect, which undici's package index adds to every dispatcher
  // (we load its parts, not the index: see undici-parts.d.ts).
  dispatcher.default.prototype.connect ??= connect.default;
  ProxyAgentClass = proxyAgent.default;
}

/** The proxy a request to `url` goes through, if any. */
export const proxyInUse = (url: URL): string | undefined => proxyFor(url, proxySettings);

/**
 * undici parses HTTP with llhttp compiled to WebAssembly, which V8 first compiles quickly (Liftoff) and then
 * again, optimised, on background threads (TurboFan). For the few headers per request we parse (bodies are
 * handed through, not scanned) the second compile never pays for itself: it took ~35 MiB and 0.2–0.4 s of
 * CPU in every run that made a request (a one-file pull: 15,500 page faults and 97 MiB peak RSS with it, 5,500
 * and 60 MiB without). Flags are read when a module is compiled, so they are set before the first connection.
 * Not `--liftoff-only`, which is fatal where Liftoff cannot compile a function; with tier-up off, V8 still
 * compiles such a function with TurboFan. Both flags exist from V8 11 (Node 20) to V8 13 (Node 24) (v8-flags.ts).
 */
function parseWithoutOptimisingCompile(): void {
  setKnownV8Flags('--no-wasm-tier-up --no-wasm-dynamic-tiering');
}

function agent(): Agent {
  if (!sharedAgent) parseWithoutOptimisingCompile();
  sharedAgent ??= new UndiciAgent(poolOptions);
  return sharedAgent;
}

/** The shared pool, or the pool that tunnels through `proxy` (proxyInUse's answer for the request's URL). */
export function dispatcherFor(proxy: string | undefined): Dispatcher {
  if (!proxy) return agent();
  let proxied = proxyAgents.get(proxy);
  if (!proxied) {
    if (!ProxyAgentClass) throw new Error('useProxies() must be awaited before a proxied request');
    parseWithoutOptimisingCompile();
    proxied = new ProxyAgentClass({ ...poolOptions, uri: proxy });
    proxyAgents.set(proxy, proxied);
  }
  return proxied;
}

/** Closes every pooled connection (the next request opens new ones). For tests and process exit. */
export async function closeRegistryConnections(): Promise<void> {
  const current = [sharedAgent, ...proxyAgents.values()];
  sharedAgent = undefined;
  proxyAgents.clear();
  await Promise.all(current.map((a) => a?.close()));
}
