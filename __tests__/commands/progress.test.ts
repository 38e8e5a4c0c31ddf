import { expect, test } from '@jest/globals';
import { createProgressReporter } from '../../src/commands/progress.js';
import type { Logger } from '../../src/core/logger.js';

test('a long transfer reports at most once per interval, with bytes, percent and rate; a short one stays quiet', () => {
  const lines: string[] = [];
  const logger: Logger = { debug: () => {}, info: (m) => lines.push(m), warning: () => {}, group: (_n, fn) => fn() };
  let clock = 0;
  const report = createProgressReporter(logger, 5000, () => clock);
  const descriptor = {
    mediaType: 'application/octet-stream',
    digest: `sha256:${'a'.repeat(64)}`,
    size: 100 * 1024 * 1024,
  };
  const total = descriptor.size;
  for (let second = 0; second <= 10; second++) {
    clock = second * 1000;
    report({ descriptor, transferred: Math.round((total * second) / 10), total });
  }
  expect(lines).toEqual([
    'sha256:aaaaaaaaaaaa: 50.0 MiB / 100.0 MiB (50%) at 10.0 MiB/s',
    'sha256:aaaaaaaaaaaa: 100.0 MiB / 100.0 MiB (100%) at 10.0 MiB/s',
  ]);
  const quiet = { ...descriptor, digest: `sha256:${'b'.repeat(64)}` };
  clock = 20000;
  report({ descriptor: quiet, transferred: 0, total });
  clock = 20500;
  report({ descriptor: quiet, transferred: total, total });
  expect(lines).toHaveLength(2);
});

test('a file uploaded while it is hashed (no digest yet) reports under its name, apart from other transfers', () => {
  const lines: string[] = [];
  const logger: Logger = { debug: () => {}, info: (m) => lines.push(m), warning: () => {}, group: (_n, fn) => fn() };
  let clock = 0;
  const report = createProgressReporter(logger, 5000, () => clock);
  const total = 60 * 1024 * 1024;
  const descriptor = { mediaType: 'application/octet-stream', digest: '', size: total };
  for (let second = 0; second <= 6; second++) {
    clock = second * 1000;
    report({ descriptor, name: 'tool-linux-amd64.tar.gz', transferred: second * 10 * 1024 * 1024, total });
    report({ descriptor, name: 'other.bin', transferred: second * 1024 * 1024, total });
  }
  expect(lines).toEqual([
    'tool-linux-amd64.tar.gz: 50.0 MiB / 60.0 MiB (83%) at 10.0 MiB/s',
    'other.bin: 5.0 MiB / 60.0 MiB (8%) at 1.0 MiB/s',
    'tool-linux-amd64.tar.gz: 60.0 MiB / 60.0 MiB (100%) at 10.0 MiB/s',
  ]);
});
