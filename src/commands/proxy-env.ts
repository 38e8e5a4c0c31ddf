/**
 * The forward proxies a runner's environment names, as @actions/http-client reads them: `https_proxy` or
 * `HTTPS_PROXY` for https registries, `http_proxy` or `HTTP_PROXY` for http ones, `no_proxy` or `NO_PROXY` for
 * hosts reached directly (core/stores/registry/proxy.ts decides per request). A value without a scheme is
 * taken as http://. A user and password in a proxy URL are secrets: masked, and never part of a message.
 */
import { OciError } from '../core/errors.js';
import type { ProxySettings } from '../core/stores/registry/proxy.js';

export function proxiesFromEnvironment(
  env: Record<string, string | undefined>,
  setSecret: (secret: string) => void,
): ProxySettings | undefined {
  const read = (lower: string): string | undefined => {
    const name = env[lower] ? lower : env[lower.toUpperCase()] ? lower.toUpperCase() : undefined;
    return name === undefined ? undefined : proxyUrl(name, (env[name] ?? '').trim(), setSecret);
  };
  const httpsProxy = read('https_proxy');
  const httpProxy = read('http_proxy');
  if (!httpsProxy && !httpProxy) return undefined;
  const noProxy = env['no_proxy'] || env['NO_PROXY'];
  return {
    ...(httpsProxy ? { httpsProxy } : {}),
    ...(httpProxy ? { httpProxy } : {}),
    ...(noProxy ? { noProxy } : {}),
  };
}

function proxyUrl(name: string, value: string, setSecret: (secret: string) => void): string | undefined {
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  } catch {
    url = new URL('invalid:'); // reported below, without the value (it may hold a password)
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new OciError(
      'INVALID_INPUT',
      `the environment variable ${name} is not the URL of an HTTP proxy (e.g. http://proxy.example:3128): fix or unset it`,
    );
  }
  const written = url.password;
  // A bare `%` (not an escape) in the user or password is the character itself: escaped here, so that the proxy
  // client, which decodes them for Proxy-Authorization, gets back what was written instead of failing.
  url.username = literalPercent(url.username);
  url.password = literalPercent(url.password);
  if (url.password) {
    setSecret(written);
    setSecret(url.password);
    setSecret(decodeURIComponent(url.password));
    setSecret(value);
  }
  return url.href;
}

/** `text` unchanged when it decodes; otherwise with every `%` escaped (`50%off` → `50%25off`). */
function literalPercent(text: string): string {
  try {
    decodeURIComponent(text);
    return text;
  } catch {
    return text.replace(/%/g, '%25');
  }
}
