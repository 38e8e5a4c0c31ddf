/**
 * Independent OCI clients from Debian's packages, run against the test registry on loopback:
 * skopeo, and buildah with its own storage (vfs, root and runroot under a temp dir, so the system's
 * /var/lib/containers is never touched) and a registries.conf that marks the test registry insecure
 * (buildah 1.28's `manifest inspect` has no --tls-verify flag).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assertToolsInstalled } from '../harness/preflight.js';

const exec = promisify(execFile);
const MAX_CLIENT_OUTPUT = 64 * 1024 * 1024;

export const INTEROP_INSTALL_HINT =
  'install it with `sudo apt-get install -y buildah skopeo` (scripts/install-test-deps.sh)';

export async function skopeo(...args: string[]): Promise<string> {
  const { stdout } = await exec('skopeo', ['--insecure-policy', ...args], { maxBuffer: MAX_CLIENT_OUTPUT });
  return stdout;
}

export interface Buildah {
  run(...args: string[]): Promise<string>;
  remove(): Promise<void>;
}

/** A buildah with private storage, trusting `insecureHosts` over plain HTTP. */
export async function createBuildah(insecureHosts: readonly string[]): Promise<Buildah> {
  assertToolsInstalled([
    { command: 'buildah', install: INTEROP_INSTALL_HINT },
    { command: 'skopeo', install: INTEROP_INSTALL_HINT },
  ]);
  const dir = await mkdtemp(join(tmpdir(), 'oma-buildah-'));
  const registriesConf = join(dir, 'registries.conf');
  await writeFile(
    registriesConf,
    insecureHosts.map((h) => `[[registry]]\nlocation = "${h}"\ninsecure = true\n`).join('\n'),
  );
  // An empty auth file of its own, so no credentials of this machine are read or written.
  await writeFile(join(dir, 'auth.json'), '{"auths":{}}\n');
  const global = [
    '--root',
    join(dir, 'root'),
    '--runroot',
    join(dir, 'run'),
    '--storage-driver',
    'vfs',
    '--registries-conf',
    registriesConf,
  ];
  const env = { ...process.env, BUILDAH_ISOLATION: 'chroot', REGISTRY_AUTH_FILE: join(dir, 'auth.json') };
  return {
    run: async (...args) => {
      const { stdout } = await exec('buildah', [...global, ...args], { env, maxBuffer: MAX_CLIENT_OUTPUT });
      return stdout.trim();
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface ScratchImage {
  /** os/arch[/variant] */
  platform: string;
  /** file name → content, copied into the image root */
  files: Record<string, string>;
}

/** Builds an image from scratch with buildah, committed under a local name. */
export async function buildScratchImage(buildah: Buildah, work: string, name: string, image: ScratchImage) {
  const [os = '', arch = '', variant] = image.platform.split('/');
  const container = await buildah.run('from', 'scratch');
  for (const [file, content] of Object.entries(image.files)) {
    const path = join(work, `${name.replace(/\W/g, '-')}-${file}`);
    await writeFile(path, content);
    await buildah.run('copy', container, path, `/${file}`);
  }
  await buildah.run('config', '--os', os, '--arch', arch, ...(variant ? ['--variant', variant] : []), container);
  await buildah.run('commit', '--format', 'oci', container, name);
  await buildah.run('rm', container);
}
