/**
 * Promise 5 (no secret leaves its place), through `node dist/index.js` with debug logging on: push, merge and
 * pull with Basic (htpasswd) and Bearer (token server) credentials, blob GETs redirected to another origin,
 * an upload Location rewritten to that origin, a realm carrying user information. The password, its base64
 * forms and every issued token appear in no stdout line (other than the runner's own `::add-mask::` lines,
 * which are how a secret gets masked), no stderr, output, summary or request to the other origin. A registry
 * error text carrying `::error::` / `::add-mask::` lines does not become a workflow command.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLines, runAction, type ActionRun } from '../e2e/run-action.js';
import { registryPaths, startFaultProxy, type FaultProxy } from '../harness/fault-proxy.js';
import { useRegistry } from '../harness/fixtures.js';
import { basicAuthorization } from '../harness/htpasswd.js';
import { startOriginServer, type OriginServer } from '../harness/origin-server.js';
import type { RunningRegistry } from '../harness/registry.js';
import { startTokenRegistry, type TokenRegistry } from '../harness/token-server.js';
import { mergeInputs, platformFile, platformList, pushInputs, sha256 } from './helpers.js';

const USER = 'ci-bot';
const PASSWORD = 'pw-Secr3t-9f1c2b7d';
const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true', SOURCE_DATE_EPOCH: '1700000000' };
const platforms = platformList(2);
const b64 = (s: string) => Buffer.from(s).toString('base64');
const passwordForms = [PASSWORD, b64(`${USER}:${PASSWORD}`), b64(PASSWORD), encodeURIComponent(PASSWORD)];
let work: string;
let origin: OriginServer;
/** Blob bytes by digest, served by the other origin when blob GETs are redirected there. */
const blobBytes = new Map<string, Buffer>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oma-secrets-'));
  origin = await startOriginServer((request) => {
    const bytes = blobBytes.get(request.url.split('/').pop()?.split('?')[0] ?? '');
    return bytes ? { status: 200, body: bytes } : { status: 404, body: 'not here' };
  });
});
afterAll(async () => {
  await origin.stop();
});

/** Everything a run left where people or other servers can see it, minus the runner's masking commands. */
function visible(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n');
}

function expectNoLeak(runs: ActionRun[], secrets: string[]): void {
  expect(secrets.length).toBeGreaterThan(0);
  const places = [...runs.map(visible), origin.transcript()];
  for (const secret of secrets) {
    for (const place of places) expect(place.includes(secret)).toBe(false);
  }
  for (const request of origin.requests) expect(request.headers.authorization).toBeUndefined();
}

/** Reads (with `authorization`) every blob under `tag` into blobBytes, for the other origin to serve. */
async function collectBlobs(url: string, repository: string, tag: string, authorization: string): Promise<void> {
  const get = async (path: string, accept?: string) =>
    Buffer.from(
      await (
        await fetch(`${url}/v2/${repository}/${path}`, {
          headers: { authorization, ...(accept ? { accept } : {}) },
        })
      ).arrayBuffer(),
    );
  const index = JSON.parse((await get(`manifests/${tag}`, 'application/vnd.oci.image.index.v1+json')).toString()) as {
    manifests: Array<{ digest: string }>;
  };
  for (const child of index.manifests) {
    const manifest = JSON.parse(
      (await get(`manifests/${child.digest}`, 'application/vnd.oci.image.manifest.v1+json')).toString(),
    ) as { config: { digest: string }; layers: Array<{ digest: string }> };
    for (const blob of [manifest.config, ...manifest.layers]) {
      const bytes = await get(`blobs/${blob.digest}`);
      expect(sha256(bytes)).toBe(blob.digest);
      blobBytes.set(blob.digest, bytes);
    }
  }
}

/** push ×2, merge, then pull with every blob GET redirected to the other origin; all with debug on. */
async function publishAndPull(proxy: FaultProxy, registry: RunningRegistry, authorization: () => Promise<string>) {
  const repo = `${proxy.host}/sec/tool`;
  const credentials = { username: USER, password: PASSWORD };
  const runs: ActionRun[] = [];
  for (const p of platforms) {
    runs.push(await runAction({ ...pushInputs(repo, p, platformFile(work, p, 'v1'), 'st'), ...credentials }, DEBUG));
  }
  runs.push(await runAction({ ...mergeInputs(repo, 'st', platforms, ['1.0']), ...credentials }, DEBUG));
  for (const run of runs) expect(errorLines(run)).toEqual([]);
  expect(runs.map((r) => r.stdout).join('\n')).toContain('::debug::'); // debug output really was on

  await collectBlobs(registry.url, 'sec/tool', '1.0', await authorization());
  const redirect = proxy.addRule({
    method: 'GET',
    path: registryPaths.blob,
    fault: { kind: 'redirect', to: origin.url },
  });
  const output = join(work, `out-${proxy.host.replace(/\W/g, '-')}`);
  const pulled = await runAction(
    { command: 'pull', reference: `${repo}:1.0`, platform: 'linux/amd64', output, ...credentials },
    DEBUG,
  );
  redirect.remove();
  expect(errorLines(pulled)).toEqual([]);
  expect(redirect.fired()).toBeGreaterThan(0);
  expect(origin.requests.length).toBeGreaterThan(0); // the blobs really came from the other origin
  expect(readFileSync(join(output, 'tool-linux-amd64.bin'), 'utf8')).toBe('binary v1 for linux/amd64\n');
  runs.push(pulled);
  return runs;
}

describe('Basic credentials (htpasswd)', () => {
  const { registry, proxy } = useRegistry({ proxy: true, auth: { [USER]: PASSWORD } });

  test('push, merge and a redirected pull leak the password nowhere', async () => {
    const runs = await publishAndPull(proxy, registry, async () => basicAuthorization(USER, PASSWORD));
    expectNoLeak(runs, passwordForms);
  }, 60_000);

  test('an upload Location rewritten to another origin is refused: one error, nothing sent there', async () => {
    const before = origin.requests.length;
    const rule = proxy.addRule({
      method: 'POST',
      path: registryPaths.blobUploadStart,
      fault: { kind: 'rewrite-header', header: 'location', rewrite: (v) => v.replace(proxy.url, origin.url) },
    });
    const run = await runAction(
      {
        ...pushInputs(`${proxy.host}/sec/moved`, 'linux/amd64', platformFile(work, 'linux/amd64', 'moved'), 'st'),
        username: USER,
        password: PASSWORD,
      },
      DEBUG,
    );
    rule.remove();
    expect(rule.fired()).toBeGreaterThan(0);
    expect(run.code).not.toBe(0);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(/refusing the upload Location .* on another origin/);
    expect(origin.requests.length).toBe(before);
    expectNoLeak([run], passwordForms);
  });
});

describe('Bearer tokens (token server)', () => {
  let auth: TokenRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    auth = await startTokenRegistry({ users: { [USER]: PASSWORD } });
    proxy = await startFaultProxy(auth.registry.url);
  });
  afterAll(async () => {
    await proxy.stop();
    await auth.stop();
  });

  const tokenFor = async (scope: string): Promise<string> => {
    const url = `${auth.tokens.realm}?service=${auth.tokens.service}&scope=${encodeURIComponent(scope)}`;
    const res = await fetch(url, { headers: { authorization: basicAuthorization(USER, PASSWORD) } });
    return `Bearer ${((await res.json()) as { token: string }).token}`;
  };

  test('push, merge and a redirected pull leak neither the password nor any issued token', async () => {
    const runs = await publishAndPull(proxy, auth.registry, () => tokenFor('repository:sec/tool:pull'));
    // Tokens issued to the runs (the last one is the test's own, for reading the blobs).
    const issued = auth.tokens.issued.slice(0, -1);
    expect(issued.length).toBeGreaterThan(0);
    expectNoLeak(runs, [...passwordForms, ...issued]);
  }, 60_000);

  test('a realm carrying user information is refused before anything is sent to it', async () => {
    const before = origin.requests.length;
    const rule = proxy.addRule({
      fault: {
        kind: 'rewrite-header',
        header: 'www-authenticate',
        rewrite: (v) => v.replace(/realm="[^"]*"/, `realm="http://user:stolen@${origin.host}/token"`),
      },
    });
    const run = await runAction(
      {
        ...pushInputs(`${proxy.host}/sec/realm`, 'linux/amd64', platformFile(work, 'linux/amd64', 'realm'), 'st'),
        username: USER,
        password: PASSWORD,
      },
      DEBUG,
    );
    rule.remove();
    expect(run.code).not.toBe(0);
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(/realm .* carries user information/);
    expect(origin.requests.length).toBe(before);
    expectNoLeak([run], passwordForms);
  });
});

describe('registry text is not a workflow command', () => {
  const { proxy } = useRegistry({ proxy: true, auth: { [USER]: PASSWORD } });

  test('an error message with ::error:: and ::add-mask:: lines stays text', async () => {
    const message = 'bad manifest\n::error::injected by the registry\n::add-mask::unmask-me\n::set-output name=x::y';
    const rule = proxy.addRule({
      method: 'PUT',
      path: registryPaths.manifest,
      fault: {
        kind: 'status',
        status: 400,
        body: JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message, detail: message }] }),
      },
    });
    const run = await runAction(
      {
        ...pushInputs(`${proxy.host}/sec/inject`, 'linux/amd64', platformFile(work, 'linux/amd64', 'inject'), 'st'),
        username: USER,
        password: PASSWORD,
      },
      DEBUG,
    );
    rule.remove();
    expect(run.code).not.toBe(0);
    const lines = run.stdout.split('\n');
    expect(errorLines(run)).toHaveLength(1);
    expect(errorLines(run)[0]).toMatch(/MANIFEST_INVALID/);
    // No line the runner would read as a command came from the registry's text.
    expect(lines.filter((l) => /^::[a-z-]+( [^:]*)?::(injected|unmask-me|y)/.test(l))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('::add-mask::')).every((l) => !l.includes('unmask-me'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('::set-output'))).toEqual([]);
    expectNoLeak([run], passwordForms);
  });
});
