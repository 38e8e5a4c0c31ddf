/**
 * Which requests go through a forward proxy (proxy.ts) and how the environment names it (proxy-env.ts), read
 * as @actions/http-client reads it; a password in a proxy URL is masked and never part of a message.
 */
import { describe, expect, test } from '@jest/globals';
import { proxiesFromEnvironment } from '../../../src/commands/proxy-env.js';
import { bypasses, displayProxy, proxyFor } from '../../../src/core/stores/registry/proxy.js';

const settings = { httpsProxy: 'http://secure.proxy:3128/', httpProxy: 'http://plain.proxy:8080/' };

describe('proxyFor', () => {
  test.each([
    ['https://ghcr.io/v2/', 'http://secure.proxy:3128/'],
    ['http://registry.internal:5000/v2/', 'http://plain.proxy:8080/'],
    ['http://localhost:5000/v2/', undefined],
    ['http://127.0.0.1:5000/v2/', undefined],
    ['http://[::1]:5000/v2/', undefined],
  ])('%s goes through %s', (url, expected) => {
    expect(proxyFor(new URL(url), settings)).toBe(expected);
  });

  test('an https URL does not fall back to HTTP_PROXY, nor an http URL to HTTPS_PROXY', () => {
    expect(proxyFor(new URL('https://ghcr.io/v2/'), { httpProxy: 'http://p:1/' })).toBeUndefined();
    expect(proxyFor(new URL('http://r.internal/v2/'), { httpsProxy: 'http://p:1/' })).toBeUndefined();
  });
});

describe('NO_PROXY', () => {
  test.each<[string, string, boolean]>([
    ['ghcr.io', 'https://ghcr.io/v2/', true],
    ['ghcr.io', 'https://pkg.ghcr.io/v2/', true],
    ['.ghcr.io', 'https://pkg.ghcr.io/v2/', true],
    ['*.ghcr.io', 'https://ghcr.io/v2/', true],
    ['ghcr.io', 'https://notghcr.io/v2/', false],
    ['GHCR.IO', 'https://ghcr.io/v2/', true],
    ['*', 'https://anything.example/', true],
    ['docker.io, ghcr.io', 'https://ghcr.io/v2/', true],
    ['docker.io ghcr.io', 'https://ghcr.io/v2/', true],
    ['ghcr.io:443', 'https://ghcr.io/v2/', true],
    ['ghcr.io:5000', 'https://ghcr.io/v2/', false],
    ['r.internal:5000', 'http://r.internal:5000/v2/', true],
    ['10.0.0.5', 'http://10.0.0.5:5000/v2/', true],
    ['[::ffff:7f00:1]:5000', 'http://[::ffff:7f00:1]:5000/v2/', true],
    ['::ffff:7f00:1', 'http://[::ffff:7f00:1]:5000/v2/', true],
    ['', 'https://ghcr.io/v2/', false],
    ['.', 'https://ghcr.io/v2/', false],
    // CIDR ranges, as Go's tools and curl read NO_PROXY: they match registries given by an address in them.
    ['10.0.0.0/8', 'https://10.20.30.40/v2/', true],
    ['10.0.0.0/8', 'https://11.0.0.1/v2/', false],
    ['192.168.0.0/16,10.0.0.0/8', 'http://192.168.4.2:5000/v2/', true],
    ['172.16.0.0/12', 'http://172.31.255.255/v2/', true],
    ['172.16.0.0/12', 'http://172.32.0.1/v2/', false],
    ['10.0.0.0/8', 'http://[::ffff:10.1.2.3]:5000/v2/', true],
    ['fd00::/8', 'https://[fd12:3456::1]/v2/', true],
    ['fd00::/8', 'https://[fe80::1]/v2/', false],
    ['10.0.0.0/8', 'https://registry.internal/v2/', false], // a name is not resolved to match a range
    ['10.0.0.0/33', 'https://10.0.0.1/v2/', false], // malformed: matches nothing
    ['0.0.0.0/0', 'https://203.0.113.9/v2/', true],
    // An address is matched whole, never as a name's subdomain.
    ['0.5', 'http://10.0.0.5/v2/', false],
    ['.0.0.5', 'http://10.0.0.5/v2/', false],
    ['10.0.0.5', 'http://[::ffff:10.0.0.5]/v2/', true],
  ])('%p and %s: bypassed %p', (noProxy, url, expected) => {
    expect(bypasses(new URL(url), noProxy)).toBe(expected);
  });
});

describe('proxiesFromEnvironment', () => {
  const secrets: string[] = [];
  const read = (env: Record<string, string>) => proxiesFromEnvironment(env, (s) => secrets.push(s));

  test('lower case first, then upper; no proxy at all is undefined', () => {
    expect(read({})).toBeUndefined();
    expect(read({ HTTPS_PROXY: 'http://a:1', https_proxy: 'http://b:2' })).toEqual({ httpsProxy: 'http://b:2/' });
    expect(read({ HTTP_PROXY: 'http://a:1', NO_PROXY: 'x.io' })).toEqual({ httpProxy: 'http://a:1/', noProxy: 'x.io' });
  });

  test('a value without a scheme is http://', () => {
    expect(read({ https_proxy: 'proxy.corp:3128' })).toEqual({ httpsProxy: 'http://proxy.corp:3128/' });
  });

  test('a password is masked, as written and decoded', () => {
    secrets.length = 0;
    read({ https_proxy: 'http://me:p%40ss@proxy.corp:3128' });
    expect(secrets).toEqual(expect.arrayContaining(['p%40ss', 'p@ss', 'http://me:p%40ss@proxy.corp:3128']));
    expect(displayProxy('http://me:p%40ss@proxy.corp:3128/')).toBe('http://proxy.corp:3128');
  });

  test('a password with a bare % (not an escape) means the character itself, masked in every form', () => {
    secrets.length = 0;
    const settings = read({ https_proxy: 'http://me:50%off@proxy.corp:3128' });
    expect(settings).toEqual({ httpsProxy: 'http://me:50%25off@proxy.corp:3128/' });
    // What the proxy client sends in Proxy-Authorization: the password as written.
    expect(decodeURIComponent(new URL(settings?.httpsProxy ?? '').password)).toBe('50%off');
    expect(secrets).toEqual(expect.arrayContaining(['50%off', '50%25off', 'http://me:50%off@proxy.corp:3128']));
  });

  test.each(['socks4://me:hunter2@proxy:1080', 'http://me:hunter2@', ':::'])(
    'refuses %p in one line that names the variable, not its value',
    (value) => {
      expect(() => read({ HTTPS_PROXY: value })).toThrow(
        /^the environment variable HTTPS_PROXY is not the URL of an HTTP proxy \(e\.g\. http:\/\/proxy\.example:3128\): fix or unset it$/,
      );
      try {
        read({ HTTPS_PROXY: value });
      } catch (e) {
        expect((e as Error).message).not.toContain('hunter2');
      }
    },
  );
});
