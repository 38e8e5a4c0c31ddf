/**
 * Structure-aware generators shared by the fuzz suites: inputs that are almost right (valid documents,
 * headers and references with one part bent), so the properties reach the deep checks of each parser
 * rather than failing on the first byte. Plus plainly hostile text and bytes.
 */
import { fc } from '@fast-check/jest';
import { digestOf } from '../../src/core/oci/digest.js';
import { MediaTypes } from '../../src/core/oci/media-types.js';

// ---------------------------------------------------------------- text

const nasty = [
  '\n',
  '\r',
  '\0',
  '\u2028',
  '"',
  '\\',
  '/',
  ':',
  '@',
  ',',
  ';',
  '=',
  ' ',
  '\t',
  '..',
  '*',
  '%',
  '\uffff',
  '\ud800',
];

/** Any string: full Unicode (lone surrogates too), control characters, and the separators parsers split on. */
export const hostileString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom(...nasty, 'a', 'A', '0', '.', '-', '_'), maxLength }),
    fc.string({ maxLength }),
  );

/** A string over a small alphabet: the grammar's own characters, so the parser gets past its first check. */
export const textOver = (chars: string, maxLength = 60, minLength = 0): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...chars.split('')), minLength, maxLength });

/** Text made of the pieces a grammar uses, plus a few stray characters. */
export const pieces = (list: readonly string[], maxLength = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...list) }, { weight: 1, arbitrary: hostileString(3) }), {
      maxLength,
    })
    .map((p) => p.join(''));

/** One random edit of a string: insert, delete or replace a character, or cut it. */
export const mutated = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(
      base,
      fc.nat(),
      fc.constantFrom('insert', 'delete', 'replace', 'cut', 'double'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
    )
    .map(([s, at, op, ch]) => {
      const i = s.length === 0 ? 0 : at % s.length;
      if (op === 'insert') return s.slice(0, i) + ch + s.slice(i);
      if (op === 'delete') return s.slice(0, i) + s.slice(i + 1);
      if (op === 'replace') return s.slice(0, i) + ch + s.slice(i + 1);
      if (op === 'cut') return s.slice(0, i);
      return s + s;
    });

/** Either a well-formed value, a mutated one, or hostile text. */
export const nearly = (valid: fc.Arbitrary<string>, maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 3, arbitrary: mutated(valid) },
    { weight: 1, arbitrary: hostileString(maxLength) },
  );

// ---------------------------------------------------------------- digests, references

const hex = '0123456789abcdef';
export const validDigest: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 8 }).map((b) => digestOf(b)),
  fc.uint8Array({ maxLength: 8 }).map((b) => digestOf(b, 'sha512')),
  textOver(hex, 64, 64).map((h) => `sha256:${h}`),
);
export const digestLike: fc.Arbitrary<string> = nearly(validDigest);

const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
const component = fc
  .tuple(
    textOver(lower, 8, 1),
    fc.array(fc.tuple(fc.constantFrom('.', '_', '__', '-', '--'), textOver(lower, 6, 1)), { maxLength: 2 }),
  )
  .map(([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(''));
export const validRepository = fc.array(component, { minLength: 1, maxLength: 4 }).map((c) => c.join('/'));
export const validTag = fc
  .tuple(textOver(`${lower}ABCXYZ_`, 1, 1), textOver(`${lower}ABZ_.-`, 40))
  .map(([a, b]) => a + b);
const label = fc
  .tuple(textOver(lower, 1, 1), textOver(`${lower}-`, 10), textOver(lower, 1, 1))
  .map(([a, b, c]) => a + b + c);
export const validHost = fc.oneof(
  fc.constant('localhost'),
  fc.array(label, { minLength: 2, maxLength: 4 }).map((l) => l.join('.')),
  fc.constantFrom('[::1]', 'docker.io', 'ghcr.io', 'index.docker.io', '127.0.0.1'),
  fc
    .tuple(fc.constantFrom('localhost', 'registry.example', '[::1]'), fc.integer({ min: 1, max: 65535 }))
    .map(([h, p]) => `${h}:${p}`),
);

/** A registry reference as text: host/repository[:tag][@digest]. */
export const validRegistryReference = fc
  .tuple(
    validHost,
    validRepository,
    fc.option(validTag, { nil: undefined }),
    fc.option(validDigest, { nil: undefined }),
  )
  .map(([h, r, t, d]) => `${h}/${r}${t !== undefined ? `:${t}` : ''}${d !== undefined ? `@${d}` : ''}`);
export const validLayoutReference = fc
  .tuple(
    pieces(['./', '../', 'store', 'a b', 'C:/', '@scope/', 'x.y', '/tmp/', ':', '-'], 6).filter((p) => p.length > 0),
    fc.option(validTag, { nil: undefined }),
    fc.option(validDigest, { nil: undefined }),
  )
  .map(([p, t, d]) => `oci-layout:${p}${t !== undefined ? `:${t}` : ''}${d !== undefined ? `@${d}` : ''}`);
export const referenceLike = nearly(fc.oneof(validRegistryReference, validLayoutReference), 300);

// ---------------------------------------------------------------- platforms

const osNames = ['linux', 'darwin', 'windows', 'freebsd', 'macos', 'osx', 'win32', 'unknown', 'plan9', 'Linux'];
const archNames = [
  'amd64',
  'arm64',
  'arm',
  'aarch64',
  'x86_64',
  'x86-64',
  'x64',
  'i386',
  'i686',
  'armhf',
  'armel',
  '386',
  'riscv64',
  's390x',
  'ppc64le',
  'unknown',
];
const variants = ['v5', 'v6', 'v7', 'v8', 'v9'];
export const platformText = nearly(
  fc
    .tuple(
      fc.constantFrom(...osNames),
      fc.constantFrom(...archNames),
      fc.option(fc.constantFrom(...variants), { nil: undefined }),
    )
    .map(([o, a, v]) => [o, a, v].filter(Boolean).join('/')),
  60,
);
/** A platform object as a manifest may carry it (names raw: aliases, odd case, odd versions). */
export const platformObject = fc.record(
  {
    os: fc.oneof(fc.constantFrom(...osNames), fc.string({ minLength: 1, maxLength: 8 })),
    architecture: fc.oneof(fc.constantFrom(...archNames), fc.string({ minLength: 1, maxLength: 8 })),
    variant: fc.oneof(fc.constantFrom(...variants), fc.string({ maxLength: 4 })),
    'os.version': fc.oneof(fc.constantFrom('10.0.17763.1234', '14.0', ''), fc.string({ maxLength: 10 })),
    'os.features': fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
    features: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
  },
  { requiredKeys: ['os', 'architecture'] },
);

// ---------------------------------------------------------------- annotations

export const annotationKey = fc.oneof(
  fc.constantFrom(
    'org.opencontainers.image.title',
    'org.opencontainers.image.created',
    'sh.brew.tab',
    '123',
    '0',
    'a',
    'vnd.docker.reference.type',
    'toString',
    '__proto__',
  ),
  textOver(`${lower}._-/ABC`, 30, 1),
);
export const annotationMap = fc.dictionary(annotationKey, fc.string({ maxLength: 30 }), { maxKeys: 5 });

// ---------------------------------------------------------------- descriptors, manifests, indexes

const mediaTypes = [...Object.values(MediaTypes), 'application/vnd.in-toto+json', 'text/plain'];
export const descriptorObject = (withPlatform: boolean): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record(
      {
        mediaType: fc.constantFrom(...mediaTypes),
        digest: validDigest,
        size: fc.oneof(fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)),
        urls: fc.array(fc.webUrl(), { maxLength: 1 }),
        annotations: annotationMap,
        artifactType: fc.constantFrom(...mediaTypes),
        data: fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('base64')),
        platform: withPlatform ? platformObject : fc.constant(undefined),
      },
      { requiredKeys: ['mediaType', 'digest', 'size'] },
    )
    .map((d) => {
      if (d.platform === undefined) delete d.platform;
      return d;
    });

export const manifestObject = fc.record(
  {
    schemaVersion: fc.constant(2),
    mediaType: fc.constantFrom(MediaTypes.ociManifest, MediaTypes.dockerManifest),
    artifactType: fc.constantFrom(...mediaTypes),
    config: descriptorObject(false),
    layers: fc.array(descriptorObject(false), { maxLength: 4 }),
    subject: descriptorObject(false),
    annotations: annotationMap,
  },
  { requiredKeys: ['schemaVersion', 'config', 'layers'] },
);

export const indexObject = fc.record(
  {
    schemaVersion: fc.constant(2),
    mediaType: fc.constantFrom(MediaTypes.ociIndex, MediaTypes.dockerManifestList),
    artifactType: fc.constantFrom(...mediaTypes),
    manifests: fc.array(descriptorObject(true), { maxLength: 5 }),
    subject: descriptorObject(false),
    annotations: annotationMap,
  },
  { requiredKeys: ['schemaVersion', 'manifests'] },
);

/** Nesting deep enough to overflow any recursive walk (as text: JSON.stringify itself would overflow). */
export const deepJsonText: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1, max: 100_000 }),
    fc.constantFrom('array', 'object', 'schemaVersion', 'mediaType', 'manifests'),
  )
  .map(([depth, where]) => {
    const deep =
      where === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
    if (where === 'array' || where === 'object') return deep;
    return `{"schemaVersion":${where === 'schemaVersion' ? deep : 2},"manifests":${where === 'manifests' ? `[${deep}]` : '[]'},"mediaType":${where === 'mediaType' ? deep : '"application/vnd.oci.image.index.v1+json"'}}`;
  });

/** Any JSON value, nested up to a depth that JSON.stringify and structuredClone still handle. */
export const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 1500 })
      .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 1500 })
      .map((depth) => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) as unknown),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 5000 }) },
);

/** A JSON document with one field replaced, removed or added at any depth (a path chosen at random). */
export function bent(doc: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      doc,
      fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('replace', 'delete', 'add'),
      jsonValue,
      fc.string({ maxLength: 10 }),
    )
    .map(([d, path, op, value, key]) => {
      const root = structuredClone(d) as Record<string, unknown>;
      let node: Record<string, unknown> = root;
      for (let i = 0; i < path.length; i++) {
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const k = keys[(path[i] ?? 0) % keys.length] ?? '';
        const child = node[k];
        const last = i === path.length - 1 || child === null || typeof child !== 'object';
        if (last) {
          if (op === 'replace') node[k] = value;
          else if (op === 'delete') delete node[k];
          else node[key] = value;
          break;
        }
        node = child as Record<string, unknown>;
      }
      return root;
    });
}

/** Bytes of a manifest-ish body: valid, bent, cut, or not JSON at all. */
export const manifestBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.oneof(manifestObject, indexObject).map((d) => new TextEncoder().encode(JSON.stringify(d))),
  },
  {
    weight: 4,
    arbitrary: bent(fc.oneof(manifestObject, indexObject)).map((d) => new TextEncoder().encode(JSON.stringify(d))),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.oneof(manifestObject, indexObject), fc.nat()).map(([d, n]) => {
      const t = JSON.stringify(d);
      return new TextEncoder().encode(t.slice(0, n % (t.length + 1)));
    }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  { weight: 1, arbitrary: jsonValue.map((v) => new TextEncoder().encode(JSON.stringify(v))) },
  { weight: 1, arbitrary: deepJsonText.map((t) => new TextEncoder().encode(t)) },
);

// ---------------------------------------------------------------- challenges

const challengeParam = fc.tuple(
  fc.constantFrom('realm', 'service', 'scope', 'error', 'Realm', 'SCOPE', 'x'),
  fc.oneof(
    fc.constantFrom('https://auth.example/token', 'registry.example', 'repository:a/b:pull,push', 'insufficient_scope'),
    fc.string({ maxLength: 20 }),
  ),
  fc.boolean(),
);
/** One challenge written as a server might: quoted or bare values, odd spacing, a token68 now and then. */
export const challengeSpec = fc.record({
  scheme: fc.constantFrom('Bearer', 'Basic', 'bearer', 'BASIC', 'Negotiate', 'Digest'),
  params: fc.array(challengeParam, { maxLength: 4 }),
  token68: fc.option(
    textOver('ABCabc012+/-._~', 12, 1).chain((t) => fc.constantFrom(t, `${t}=`, `${t}==`)),
    { nil: undefined },
  ),
  space: fc.constantFrom(' ', '  ', '\t', ' , '),
});
export type ChallengeSpec = typeof challengeSpec extends fc.Arbitrary<infer T> ? T : never;

export const quoteParam = (v: string): string => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`;
export function writeChallenge(c: ChallengeSpec): string {
  if (c.token68 !== undefined) return `${c.scheme} ${c.token68}`;
  const params = c.params.map(([k, v, quote]) => `${k}=${quote ? quoteParam(v) : v}`);
  return params.length ? `${c.scheme} ${params.join(`,${c.space}`)}` : c.scheme;
}
export const challengeHeader = nearly(
  fc.array(challengeSpec, { minLength: 1, maxLength: 3 }).map((cs) => cs.map(writeChallenge).join(', ')),
  400,
);

// ---------------------------------------------------------------- tar

/** One header as a hostile archive may write it: every field chosen, including a base-256 size and a bad checksum. */
export const tarHeaderSpec = fc.record({
  name: fc.oneof(
    fc.constantFrom('a', 'dir/', 'dir/file', '../escape', '/abs', './x', 'a/../../b', 'C:/x', 'x\\y', ''),
    textOver('ab/.é', 30),
    textOver('abcdefgh/', 160, 101),
  ),
  prefix: fc.oneof(fc.constant(''), textOver('ab/.', 20)),
  type: fc.constantFrom('0', '\0', '1', '2', '3', '4', '5', '6', '7', 'x', 'g', 'L', 'K', 'S', 'V', 'A'),
  linkName: fc.oneof(
    fc.constant(''),
    fc.constantFrom('a', '../x', '/etc/passwd', 'dir/file', '../../..'),
    textOver('ab/.', 20),
  ),
  size: fc.oneof(fc.nat(2000), fc.constantFrom(0o77777777777, 2 ** 40, Number.MAX_SAFE_INTEGER)),
  sizeEncoding: fc.constantFrom('octal', 'octal', 'octal', 'base256', 'negative', 'junk', 'spaces'),
  mode: fc.constantFrom(0o644, 0o755, 0o4755, 0o777, 0),
  magic: fc.constantFrom('ustar\x0000', 'ustar  \0', '\0\0\0\0\0\0\0\0'),
  checksum: fc.constantFrom('good', 'good', 'good', 'good', 'bad', 'signed'),
  /** The data that follows (cut or padded when it does not match the size). */
  body: fc.oneof(fc.uint8Array({ maxLength: 1200 }), fc.constantFrom('pax', 'gnu-long')),
  paxRecords: fc.array(
    fc.tuple(
      fc.constantFrom('path', 'linkpath', 'size', 'mtime', 'uid', 'comment', 'GNU.sparse.map'),
      fc.oneof(textOver('ab/.', 20), fc.constantFrom('../x', '99999999999999999999', '-1', '12', '')),
    ),
    { maxLength: 3 },
  ),
  paxLengthSkew: fc.constantFrom(0, 0, 0, 1, -1, 1000),
});
export type TarHeaderSpec = typeof tarHeaderSpec extends fc.Arbitrary<infer T> ? T : never;

function writeField(block: Buffer, offset: number, length: number, text: string): void {
  Buffer.from(text, 'utf8').copy(block, offset, 0, length);
}

/** The blocks of one entry as `spec` says, including a pax or GNU long-name body when asked for. */
export function encodeTarEntry(spec: TarHeaderSpec): Buffer {
  let body: Buffer;
  if (spec.body === 'pax') {
    body = Buffer.concat(
      spec.paxRecords.map(([k, v]) => {
        const rest = Buffer.byteLength(` ${k}=${v}\n`);
        let length = rest + String(rest).length;
        if (String(length).length !== String(rest).length) length = rest + String(length).length;
        return Buffer.from(`${length + spec.paxLengthSkew} ${k}=${v}\n`);
      }),
    );
  } else if (spec.body === 'gnu-long') body = Buffer.from(`${spec.name}${spec.name}\0`);
  else body = Buffer.from(spec.body);
  const size = spec.body === 'pax' || spec.body === 'gnu-long' ? body.length : spec.size;
  const block = Buffer.alloc(512);
  writeField(block, 0, 100, spec.name);
  writeField(block, 100, 8, `${spec.mode.toString(8).padStart(7, '0')}\0`);
  writeField(block, 108, 8, '0000000\0');
  writeField(block, 116, 8, '0000000\0');
  if (spec.sizeEncoding === 'base256' || size > 0o77777777777) {
    block[124] = 0x80;
    let v = BigInt(size);
    for (let i = 135; i > 124; i--) {
      block[i] = Number(v & 0xffn);
      v >>= 8n;
    }
  } else if (spec.sizeEncoding === 'negative') block.fill(0xff, 124, 136);
  else if (spec.sizeEncoding === 'junk') writeField(block, 124, 12, '12x4\n');
  else if (spec.sizeEncoding === 'spaces') writeField(block, 124, 12, `  ${size.toString(8)} `);
  else writeField(block, 124, 12, `${size.toString(8).padStart(11, '0')}\0`);
  writeField(block, 136, 12, '00000000000\0');
  writeField(block, 156, 1, spec.type);
  writeField(block, 157, 100, spec.linkName);
  writeField(block, 257, 8, spec.magic);
  writeField(block, 345, 155, spec.prefix);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  if (spec.checksum === 'bad') sum += 1;
  writeField(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  const padding = (512 - (body.length % 512)) % 512;
  return Buffer.concat([block, body, Buffer.alloc(padding)]);
}

/** A whole archive: entries, maybe the end blocks, maybe one byte changed or the stream cut. */
export const tarArchive = fc
  .tuple(
    fc.array(tarHeaderSpec, { minLength: 1, maxLength: 5 }),
    fc.boolean(),
    fc.option(fc.tuple(fc.nat(), fc.nat(255)), { nil: undefined }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([entries, end, flip, cut]) => {
    let bytes = Buffer.concat([...entries.map(encodeTarEntry), end ? Buffer.alloc(1024) : Buffer.alloc(0)]);
    if (flip) {
      bytes = Buffer.from(bytes);
      bytes[flip[0] % bytes.length] = flip[1];
    }
    if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
    return bytes;
  });

/** A directory tree to archive: files (sizes, exec bits), directories, symlinks; names short, long and non-ASCII. */
export const treeSpec = fc.uniqueArray(
  fc.record({
    path: fc.array(
      fc.oneof(
        textOver('abcé z-', 12, 1).filter((s) => s !== '.' && s !== '..'),
        textOver('abcdefghij', 120, 90),
      ),
      { minLength: 1, maxLength: 3 },
    ),
    kind: fc.constantFrom('file', 'file', 'dir', 'symlink'),
    size: fc.oneof(fc.nat(1200), fc.constantFrom(0, 511, 512, 513)),
    exec: fc.boolean(),
    target: fc.oneof(fc.constantFrom('a', '../a', 'x/y', 'missing'), textOver('abcdefghij', 120, 101)),
  }),
  { maxLength: 8, selector: (e) => e.path.join('/') },
);
export type TreeSpec = typeof treeSpec extends fc.Arbitrary<infer T> ? T : never;
