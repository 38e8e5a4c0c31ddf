// The main job on the embedded default: three platforms pushed to staging tags in an OCI image-layout
// store, merged into one release index, and one platform pulled back. No server, no network.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'oci-multiarch-demo-'));
const store = `oci-layout:${join(work, 'store')}`;
const run = (...args) =>
  JSON.parse(
    execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
  );

const platforms = ['linux/amd64', 'linux/arm64', 'darwin/arm64'];
console.log(`Demo store: ${store}\n`);
for (const platform of platforms) {
  const slug = platform.replaceAll('/', '-');
  const dir = join(work, 'build', slug);
  mkdirSync(join(dir, 'tool', 'share'), { recursive: true });
  writeFileSync(join(dir, 'tool', 'tool'), `#!/bin/sh\necho "hello from ${platform}"\n`);
  chmodSync(join(dir, 'tool', 'tool'), 0o755);
  writeFileSync(join(dir, 'tool', 'share', 'README'), `tool for ${platform}\n`);
  writeFileSync(join(dir, `tool-${slug}.txt`), `release notes for ${platform}\n`);
  const out = run(
    'push',
    '--repository',
    store,
    '--platform',
    platform,
    '--staging-prefix',
    'staging-demo',
    '--files',
    join(dir, 'tool'),
    '--files',
    join(dir, `tool-${slug}.txt`),
    '--artifact-type',
    'application/vnd.example.tool.v1',
    '--annotations',
    `org.opencontainers.image.ref.name=1.0.0.${slug}`,
  );
  console.log(`pushed ${platform} → ${out['staging-tag']} (${out.digest})`);
}
const merged = run(
  'merge',
  '--repository',
  store,
  '--staging-prefix',
  'staging-demo',
  '--platforms',
  platforms.join(','),
  '--descriptor-annotations',
  'org.opencontainers.image.ref.name',
  '--tags',
  '1.0.0',
  '--tags',
  'latest',
  '--cleanup',
);
console.log(`\nRelease index ${merged.digest}:\n${JSON.stringify(JSON.parse(merged.index), null, 2)}\n`);
console.log('platform        digest                                                                   size');
for (const p of JSON.parse(merged.platforms)) console.log(`${p.platform.padEnd(15)} ${p.digest} ${p.size}`);
const output = join(work, 'pulled');
const pulled = run('pull', '--reference', `${store}:1.0.0`, '--platform', 'linux/arm64', '--output', output);
console.log(`\nPulled linux/arm64 (${pulled.digest}) into ${output}:\n  ${pulled.files.split('\n').join('\n  ')}`);
console.log(
  `\n${join(output, 'tool', 'tool')} says: ${readFileSync(join(output, 'tool', 'tool'), 'utf8').split('\n')[1]}`,
);
