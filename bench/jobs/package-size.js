/**
 * The npm package's size: what `npm install oci-multiarch` downloads (the tarball) and puts on disk. It has no
 * dependencies (the CLI is one bundle), so these are the whole install.
 */
import { execFileSync } from 'node:child_process';

export async function packageSizeJob(context) {
  const { root } = context;
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return {
    figures: [
      {
        job: '8. package',
        name: `npm package ${pack.name}@${pack.version}: tarball (installed: ${mib(pack.unpackedSize)} in ${pack.entryCount} files, no dependencies)`,
        value: pack.size,
        display: kib(pack.size),
        target: '< 1 MiB',
        holds: pack.size < 1024 * 1024,
      },
    ],
  };
}
