// The tests run against a real registry; without it they must fail at once, in one line, never skip.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!process.env.REGISTRY_URL) {
  const bin = process.env.REGISTRY_BIN ?? 'docker-registry';
  const found = spawnSync(bin, ['--version'], { stdio: 'ignore' });
  if (found.error || found.status !== 0) {
    console.error(
      `tests need the registry binary "${bin}": install it with "apt-get install -y docker-registry skopeo" (or set REGISTRY_URL to a running registry)`,
    );
    process.exit(1);
  }
}
const skopeo = spawnSync('skopeo', ['--version'], { stdio: 'ignore' });
if (skopeo.error || skopeo.status !== 0) {
  console.error('tests need skopeo to read results back independently: install it with "apt-get install -y skopeo"');
  process.exit(1);
}
// The cache service tests store archives in Azurite (a devDependency pinned to a release that runs on Node 20).
if (!existsSync(new URL('../node_modules/azurite/dist/src/blob/main.js', import.meta.url))) {
  console.error('tests need Azurite for the cache service tests: it is a devDependency, install it with "npm ci"');
  process.exit(1);
}
