/**
 * Forward proxies for registry traffic, as a self-hosted runner's environment gives them (HTTPS_PROXY,
 * HTTP_PROXY, NO_PROXY; the front ends read the variables, see commands/proxy-env.ts). Read as
 * @actions/http-client reads them: an https URL goes through HTTPS_PROXY only and an http URL through
 * HTTP_PROXY only; NO_PROXY entries are names matched with their subdomains, `*` for every host, an optional
 * `:port`; loopback hosts never go through a proxy. Beyond @actions/http-client, as Go's tools (docker, crane,
 * skopeo) and curl read it: an entry may be a CIDR range (`10.0.0.0/8`, `fd00::/8`), which matches a registry
 * given by an address in it; an address is never matched as a name's subdomain (`0.5` does not name 10.0.0.5).
 */
import { BlockList, isIP } from 'node:net';
import { isLoopbackHost } from '../../oci/reference.js';

export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/** The proxy URL a request to `url` goes through, or undefined for a direct connection. */
export function proxyFor(url: URL, settings: ProxySettings | undefined): string | undefined {
  const proxy = url.protocol === 'https:' ? settings?.httpsProxy : settings?.httpProxy;
  if (!proxy || isLoopbackHost(url.host) || bypasses(url, settings?.noProxy ?? '')) return undefined;
  return proxy;
}

/** Whether a NO_PROXY list names `url`'s host (and port, when the entry has one). */
export function bypasses(url: URL, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const hostFamily = isIP(host);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const range = /^([0-9a-f:.]+)\/(\d{1,3})$/.exec(entry);
    if (range) {
      if (hostFamily !== 0 && inRange(host, hostFamily, range[1] ?? '', Number(range[2]))) return true;
      continue;
    }
    const { name, port: only } = splitEntry(entry);
    if (only !== undefined && only !== port) continue;
    const bare = name.replace(/^\*?\./, '');
    if (bare === '') continue;
    if (host === bare || (hostFamily === 0 && host.endsWith(`.${bare}`))) return true;
    // An address entry is its own range: it matches the same address written another way (::ffff:a00:5).
    if (hostFamily !== 0 && inRange(host, hostFamily, bare)) return true;
  }
  return false;
}

/**
 * Whether the address `host` (IPv4 or IPv6: `family`) lies in `network`/`prefix` (the whole address when no
 * prefix is given); false when `network` is not an address or the prefix is too long.
 */
function inRange(host: string, family: number, network: string, prefix?: number): boolean {
  const networkFamily = isIP(network);
  const bits = networkFamily === 4 ? 32 : 128;
  if (networkFamily === 0 || (prefix ?? bits) > bits) return false;
  const list = new BlockList();
  list.addSubnet(network, prefix ?? bits, networkFamily === 4 ? 'ipv4' : 'ipv6');
  return list.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

/** `name[:port]`, `[v6][:port]` or a bare IPv6 address. */
function splitEntry(entry: string): { name: string; port?: string } {
  if (entry.startsWith('[')) {
    const close = entry.indexOf(']');
    const port = /^:(\d+)$/.exec(entry.slice(close + 1))?.[1];
    return { name: entry.slice(1, close), ...(port ? { port } : {}) };
  }
  const [name = '', port, ...more] = entry.split(':');
  return port !== undefined && more.length === 0 && /^\d+$/.test(port) ? { name, port } : { name: entry };
}

/** The proxy URL without its user and password, for messages. */
export function displayProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'the proxy';
  }
}
