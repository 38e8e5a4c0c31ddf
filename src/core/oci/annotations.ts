/**
 * Annotation inputs: `key=value` lines, docker/metadata-action's level prefixes (`index:`, `manifest:`,
 * `manifest-descriptor:`, `index-descriptor:`), key matchers (`sh.brew.*`), and plain comma/newline lists.
 */
import { OciError, quote } from '../errors.js';
import { MAX_ANNOTATION_KEY_LENGTH } from '../limits.js';

/**
 * Reverse-domain style keys as the OCI spec recommends (`org.opencontainers.image.title`), also allowing
 * `_`, `-` and `/`; starts and ends with a letter or digit. No `:`, so a metadata-action prefix is never a key.
 */
const keyPattern = /^[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?$/;

export const isValidAnnotationKey = (key: string): boolean =>
  key.length <= MAX_ANNOTATION_KEY_LENGTH && keyPattern.test(key);

/** Every line of text with its 1-based number, trimmed, blank lines left out. */
function meaningfulLines(text: string): { line: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '');
}

function parseKeyValue(line: string, number: number, inputName: string): [string, string] {
  const eq = line.indexOf('=');
  const key = (eq < 0 ? line : line.slice(0, eq)).trim();
  if (eq < 0) {
    throw new OciError('INVALID_INPUT', `${inputName}, line ${number}: expected key=value, got ${quote(line, 80)}`);
  }
  if (!isValidAnnotationKey(key)) {
    throw new OciError(
      'INVALID_INPUT',
      `${inputName}, line ${number}: invalid annotation key ${quote(key, 80)} (letters, digits, . _ - /, e.g. org.opencontainers.image.title)`,
    );
  }
  return [key, line.slice(eq + 1).trim()];
}

function put(
  map: Record<string, string>,
  key: string,
  value: string,
  where: string,
  firstLine: Map<string, number>,
  number: number,
): void {
  // Own keys only: `toString` or `constructor` is an annotation key like any other, not Object.prototype's.
  const existing = Object.hasOwn(map, key) ? map[key] : undefined;
  if (existing !== undefined && existing !== value) {
    throw new OciError(
      'INVALID_INPUT',
      `${where}, line ${number}: ${quote(key, 80)} was already set to another value on line ${firstLine.get(key) ?? '?'}`,
    );
  }
  if (existing === undefined) firstLine.set(key, number);
  map[key] = value;
}

/**
 * Parses newline `key=value` lines. Blank lines and surrounding whitespace are ignored; the value is
 * everything after the first `=` (it may contain `=` and be empty). A key given twice with different
 * values is an error rather than a silent choice.
 */
export function parseAnnotationLines(text: string, inputName: string): Record<string, string> {
  const out: Record<string, string> = {};
  const firstLine = new Map<string, number>();
  for (const { line, number } of meaningfulLines(text)) {
    const [key, value] = parseKeyValue(line, number, inputName);
    put(out, key, value, inputName, firstLine, number);
  }
  return out;
}

export interface LeveledAnnotations {
  index: Record<string, string>;
  manifest: Record<string, string>;
  indexDescriptor: Record<string, string>;
  manifestDescriptor: Record<string, string>;
}

const levels = {
  index: 'index',
  manifest: 'manifest',
  'index-descriptor': 'indexDescriptor',
  'manifest-descriptor': 'manifestDescriptor',
} as const satisfies Record<string, keyof LeveledAnnotations>;
type LevelName = keyof typeof levels;
const isLevelName = (s: string): s is LevelName => Object.hasOwn(levels, s);

/**
 * Parses annotations as written by docker/metadata-action (and accepted by `docker buildx --annotation`):
 * `index:key=value`, `manifest:key=value`, `manifest-descriptor:…`, `index-descriptor:…`, or several levels
 * at once (`index,manifest:key=value`). A line without a prefix is an index annotation. Platform-qualified
 * levels (`manifest[linux/amd64]:…`) are refused: a merged index has no single build to apply them to.
 */
export function parseMetadataActionAnnotations(text: string, inputName = 'annotations'): LeveledAnnotations {
  const out: LeveledAnnotations = { index: {}, manifest: {}, indexDescriptor: {}, manifestDescriptor: {} };
  const firstLines: Record<keyof LeveledAnnotations, Map<string, number>> = {
    index: new Map(),
    manifest: new Map(),
    indexDescriptor: new Map(),
    manifestDescriptor: new Map(),
  };
  for (const { line, number } of meaningfulLines(text)) {
    const eq = line.indexOf('=');
    const head = eq < 0 ? line : line.slice(0, eq);
    const colon = head.indexOf(':');
    let targets: (keyof LeveledAnnotations)[] = ['index'];
    let rest = line;
    if (colon >= 0) {
      const prefix = head.slice(0, colon).trim();
      const names = prefix.split(',').map((s) => s.trim());
      if (!names.every(isLevelName)) {
        const hint = prefix.includes('[') ? ' (platform-qualified levels are not supported)' : '';
        throw new OciError(
          'INVALID_INPUT',
          `${inputName}, line ${number}: unknown annotation level ${quote(prefix, 80)}${hint}; expected index:, manifest:, index-descriptor: or manifest-descriptor:`,
        );
      }
      targets = names.map((n) => levels[n]);
      rest = line.slice(colon + 1).trim();
    }
    const [key, value] = parseKeyValue(rest, number, inputName);
    for (const target of targets) put(out[target], key, value, inputName, firstLines[target], number);
  }
  return out;
}

/**
 * A predicate over annotation keys: each pattern is an exact key or a glob where `*` matches any run of
 * characters (`sh.brew.*`, `*`). No patterns match nothing.
 */
export function createAnnotationMatcher(patterns: readonly string[]): (key: string) => boolean {
  const regexes = patterns.map((raw) => {
    const pattern = raw.trim();
    if (pattern === '' || !isValidAnnotationKey(pattern.replaceAll('*', 'x'))) {
      throw new OciError(
        'INVALID_INPUT',
        `invalid annotation key pattern ${quote(raw, 80)}: an annotation key, optionally with * wildcards (e.g. sh.brew.*)`,
      );
    }
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${source}$`, 's');
  });
  return (key) => regexes.some((r) => r.test(key));
}

/** A comma or newline separated list: trimmed, empty items dropped, order kept. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
