/**
 * withBlobCache keeps the whole Target contract of what it wraps: every method and property, whether the target
 * is a plain object or a class instance (whose methods live on its prototype), with only blob fetches going
 * through the cache.
 */
import { expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { createBlobCache } from '../../../src/core/content/cache/blob-cache.js';
import { withBlobCache } from '../../../src/core/content/cache/with-blob-cache.js';
import { createMemoryTarget } from '../../../src/core/content/memory.js';
import type { FetchOptions, Target, TargetLocation } from '../../../src/core/content/target.js';
import type { Descriptor } from '../../../src/core/oci/descriptor.js';
import { blob, readAllStream, tempDir } from './fixtures.js';

/** A Target written as a class: its methods are on the prototype, not own keys of the instance. */
class ClassTarget implements Target {
  readonly location: TargetLocation = { kind: 'registry', registry: 'class.example', repository: 'repo' };
  readonly name = 'class.example/repo';
  readonly fetched: string[] = [];
  private readonly inner = createMemoryTarget();
  async fetch(desc: Descriptor, options?: FetchOptions): Promise<Readable> {
    this.fetched.push(desc.digest);
    return this.inner.fetch(desc, options);
  }
  exists(desc: Descriptor): Promise<boolean> {
    return this.inner.exists(desc);
  }
  resolve(reference: string): Promise<Descriptor> {
    return this.inner.resolve(reference);
  }
  push(desc: Descriptor, content: Readable | Uint8Array): Promise<void> {
    return this.inner.push(desc, content);
  }
  tag(desc: Descriptor, tag: string): Promise<void> {
    return this.inner.tag(desc, tag);
  }
  async mount(_desc: Descriptor, _fromRepository: string): Promise<boolean> {
    return false;
  }
  async listTags(): Promise<string[]> {
    return ['from-the-class'];
  }
}

test('a class-based target keeps every method and property behind the cache, and its blobs are cached', async () => {
  const target = new ClassTarget();
  const b = blob(1000);
  const wrapped = withBlobCache(target, createBlobCache(await tempDir()));
  expect(wrapped.name).toBe('class.example/repo');
  expect(wrapped.location).toEqual(target.location);
  expect(typeof wrapped.push).toBe('function');
  await wrapped.push(b.descriptor, b.bytes);
  expect(await wrapped.exists(b.descriptor)).toBe(true);
  expect(await wrapped.listTags?.()).toEqual(['from-the-class']);
  expect(await wrapped.mount?.(b.descriptor, 'other')).toBe(false);
  expect((await readAllStream(await wrapped.fetch(b.descriptor))).equals(b.bytes)).toBe(true);
  expect((await readAllStream(await wrapped.fetch(b.descriptor))).equals(b.bytes)).toBe(true);
  expect(target.fetched).toEqual([b.descriptor.digest]); // the second read came from the cache
  // What a store really holds is never hidden: the wrapper writes through to the class's own store.
  expect(await target.exists(b.descriptor)).toBe(true);
});

test('an optional capability the target lacks stays absent behind the cache', async () => {
  const memory = createMemoryTarget();
  const wrapped = withBlobCache(memory, createBlobCache(await tempDir()));
  expect(wrapped.mount).toBeUndefined();
  expect(wrapped.pushStreamed).toBeUndefined();
  expect(typeof wrapped.referrers).toBe(typeof memory.referrers);
});
