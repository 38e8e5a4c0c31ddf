/**
 * What the fuzzers found, kept as plain regression tests: each input below once gave a TypeError, a
 * multi-line or input-sized message, an infinite expiry, a wrong refusal, or a password in an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parseArgv } from '../../src/cli/argv.js';
import { extractTarGz } from '../../src/core/artifact/tar/tar-extract.js';
import { readTarEntries } from '../../src/core/artifact/tar/tar-read.js';
import { parseDigest, verifyBytes } from '../../src/core/oci/digest.js';
import { OciError } from '../../src/core/errors.js';
import { parseAnnotationLines, parseMetadataActionAnnotations } from '../../src/core/oci/annotations.js';
import { parseManifestBody, validateDescriptor } from '../../src/core/oci/manifest.js';
import { parsePlatform } from '../../src/core/oci/platform.js';
import { parseReference } from '../../src/core/oci/reference.js';
import { sessionLocation } from '../../src/core/stores/registry/blobs.js';
import type { RegistryClient } from '../../src/core/stores/registry/client.js';
import { dockerConfigCredentials } from '../../src/core/stores/registry/auth/docker-config.js';
import { MAX_TOKEN_TTL_SECONDS, parseTokenAnswer } from '../../src/core/stores/registry/auth/token.js';
import { nextPage } from '../../src/core/stores/registry/tags.js';
import { encodeTarEntry } from './arbitraries.js';

/** The error `run` throws, which must be ours, on one line, and short. */
async function oneLineError(run: () => unknown): Promise<OciError> {
  let caught: unknown;
  try {
    await run();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(OciError);
  const error = caught as OciError;
  expect(error.message).not.toMatch(/[\r\n]/);
  expect(error.message.length).toBeLessThan(1000);
  return error;
}

const client = { origin: 'https://registry.example', name: 'registry.example/o/r' } as RegistryClient;
const here = new URL('https://registry.example/v2/o/r/tags/list');

describe('fuzz findings', () => {
  test('a newline in a digest, reference, platform or annotation line gives a one-line error', async () => {
    await oneLineError(() => parseDigest('sha256:\nabc'));
    await oneLineError(() => parseReference('\n'));
    await oneLineError(() => parseReference(`ghcr.io/o/r:bad\ntag`));
    await oneLineError(() => parsePlatform('linux/\namd64'));
    await oneLineError(() => parseAnnotationLines('*\r..', 'annotations'));
    await oneLineError(() => parseArgv(['push', '\n']));
  });

  test('a megabyte reference gives a short message', async () => {
    const error = await oneLineError(() => parseReference(`${'a'.repeat(1_000_000)}`));
    expect(error.code).toBe('INVALID_REFERENCE');
  });

  test('verifyBytes names a bad digest in one line before comparing sizes', async () => {
    expect((await oneLineError(() => verifyBytes(new Uint8Array(), { digest: '\n', size: 1 }))).code).toBe(
      'INVALID_DIGEST',
    );
  });

  test('a manifest field holding a huge or deeply nested value is named by its kind, not printed whole', async () => {
    const huge = JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'x'.repeat(100_000), digest: 'd', size: 1 }],
    });
    await oneLineError(() => parseManifestBody(new TextEncoder().encode(huge)));
    const deep = `{"schemaVersion":${'['.repeat(100_000)}${']'.repeat(100_000)},"manifests":[]}`;
    expect((await oneLineError(() => parseManifestBody(new TextEncoder().encode(deep)))).code).toBe('INVALID_MANIFEST');
    const nested = JSON.parse('['.repeat(3000) + ']'.repeat(3000)) as unknown;
    await oneLineError(() => validateDescriptor({ mediaType: nested, digest: 'x', size: 1 }, 'manifests[0]'));
  });

  test('annotation keys named like Object.prototype members are ordinary keys', () => {
    expect(parseAnnotationLines('toString=a\nconstructor=b', 'annotations')).toEqual({
      toString: 'a',
      constructor: 'b',
    });
    expect(parseMetadataActionAnnotations('manifest:valueOf=1').manifest).toEqual({ valueOf: '1' });
  });

  test('a Link or Location that is not a URL is a REGISTRY error, not a TypeError', async () => {
    expect((await oneLineError(() => nextPage({ link: '<http://[>; rel="next"' }, here, client))).code).toBe(
      'REGISTRY',
    );
    expect((await oneLineError(() => sessionLocation(client, here, 'http://[', 'POST upload'))).code).toBe('REGISTRY');
  });

  test('a token said to live 1e308 seconds expires within a day', () => {
    const now = 1_700_000_000_000;
    const issued = parseTokenAnswer('{"token":"t","expires_in":1e308}', 'https://auth.example', now);
    expect(issued.expiresAt).toBe(now + MAX_TOKEN_TTL_SECONDS * 1000);
  });

  describe('Docker config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'findings-docker-config-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const provider = (config: string, answer = '{}') => {
      writeFileSync(join(dir, 'config.json'), config);
      return dockerConfigCredentials({ configDir: dir, runHelper: async () => answer });
    };

    test('a helper answering null is an AUTH error', async () => {
      expect((await oneLineError(() => provider('{"credsStore":"desktop"}', 'null')('registry.example'))).code).toBe(
        'AUTH',
      );
    });

    test('a credsStore or credHelpers value that is not a string is an INVALID_INPUT error', async () => {
      await oneLineError(() => provider('{"credsStore":[]}')('registry.example'));
      await oneLineError(() => provider('{"credHelpers":{"registry.example":{}}}')('registry.example'));
    });

    test('a broken config.json does not quote the password next to the fault', async () => {
      const secret = Buffer.from('user:hunter2-secret').toString('base64');
      const error = await oneLineError(() =>
        provider(`{"auths":{"registry.example":{"auth":"${secret}"}}`)('registry.example'),
      );
      expect(error.message).not.toContain(secret.slice(0, 12));
      const error2 = await oneLineError(() =>
        provider(`{"auths":{"r":{"password":hunter2-secret}}}`)('registry.example'),
      );
      expect(error2.message).not.toContain('hunter2');
    });
  });

  test('a corrupt or cut gzip layer is one of our errors, not zlib’s', async () => {
    const out = mkdtempSync(join(tmpdir(), 'findings-gzip-'));
    try {
      expect(
        (await oneLineError(() => extractTarGz(Readable.from([Buffer.from('not gzip')]), join(out, 'a')))).code,
      ).toBe('UNSAFE');
      const { gzipSync } = await import('node:zlib');
      const gz = gzipSync(Buffer.alloc(4096));
      expect((await oneLineError(() => extractTarGz(Readable.from([gz.subarray(0, 20)]), join(out, 'b')))).code).toBe(
        'INCOMPLETE',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('a tar size field with a newline in it gives a one-line error', async () => {
    const block = encodeTarEntry({
      name: 'a',
      prefix: '',
      type: '0',
      linkName: '',
      size: 0,
      sizeEncoding: 'junk',
      mode: 0o644,
      magic: 'ustar\x0000',
      checksum: 'good',
      body: new Uint8Array(),
      paxRecords: [],
      paxLengthSkew: 0,
    });
    await oneLineError(async () => {
      for await (const entry of readTarEntries(Readable.from([block]))) void entry;
    });
  });
});
