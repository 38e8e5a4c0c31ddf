/** Reads push's inputs into a typed request (README: push). */
import { OciError } from '../../core/errors.js';
import { parseAnnotationLines } from '../../core/oci/annotations.js';
import type { Platform } from '../../core/oci/descriptor.js';
import { parseFileSpec } from '../../core/artifact/pack-files.js';
import type { PushRequest } from '../../core/push/push.js';
import { stagingTagFor } from '../../core/artifact/staging.js';
import { assertTag } from '../../core/oci/reference.js';
import {
  parsePlatformInput,
  parseVersioned,
  readArtifactType,
  readCommon,
  readRepository,
  stagingPrefixOf,
  type CommonRequest,
  type RunContext,
} from './common.js';
import { readList, splitLines, type InputReader } from './reader.js';

export type PushCommand = PushRequest & { common: CommonRequest };

export function readPushRequest(get: InputReader, context: RunContext): PushCommand {
  const common = readCommon(get);
  const repository = readRepository(get, 'repository');
  const sourceText = get('source');
  // With a source, an omitted platform is read from its image config (every entry's, for an index).
  const platform = sourceText !== '' && get('platform') === '' ? undefined : readPlatform(get);
  const files = splitLines(get('files')).map(parseFileSpec);
  if (files.length > 0 && sourceText !== '') {
    throw new OciError('INVALID_INPUT', 'inputs "files" and "source" exclude each other: give one of them');
  }
  if (files.length === 0 && sourceText === '') {
    throw new OciError(
      'INVALID_INPUT',
      'input "files" lists no file: give at least one PATH (or a "source" reference instead)',
    );
  }
  const artifactType = readArtifactType(get);
  const explicitTag = get('staging-tag');
  const annotations = parseAnnotationLines(get('annotations'), 'annotations');
  const staging =
    explicitTag !== ''
      ? { stagingTag: assertTag(explicitTag, 'input "staging-tag"') }
      : platform
        ? { stagingTag: stagingTagFor(requiredStagingPrefix(get, context), platform) }
        : { stagingPrefix: requiredStagingPrefix(get, context) };
  const what = sourceText !== '' ? { source: parseVersioned('source', sourceText) } : undefined;
  const base = { common, repository, files, annotations, concurrency: common.concurrency };
  const optional = artifactType !== undefined ? { artifactType } : {};
  if (what) return { ...base, ...optional, ...staging, ...what, ...(platform ? { platform } : {}) };
  // Without a source, readPlatform ran: a platform is given.
  return { ...base, ...optional, ...staging, platform: platform as Platform };
}

/** `platform` (which may carry `:os.version`), with `os-version` and `os-features` joined to it. */
function readPlatform(get: InputReader): Platform {
  const value = get('platform');
  if (value === '')
    throw new OciError(
      'INVALID_INPUT',
      'input "platform" is required: os/arch[/variant][:os.version], e.g. linux/arm64 or darwin/arm64:macOS 14',
    );
  const platform = parsePlatformInput('platform', value);
  const osVersion = get('os-version');
  if (osVersion !== '') {
    const inline = platform['os.version'];
    if (inline !== undefined && inline !== osVersion) {
      throw new OciError(
        'INVALID_INPUT',
        `inputs "platform" (os.version "${inline}") and "os-version" ("${osVersion}") disagree: give the version once`,
      );
    }
    platform['os.version'] = osVersion;
  }
  const osFeatures = readList(get, 'os-features');
  if (osFeatures.length > 0) platform['os.features'] = osFeatures;
  return platform;
}

/** Push always needs a prefix: the given one, or `staging-<run id>` in Actions. */
function requiredStagingPrefix(get: InputReader, context: RunContext): string {
  const prefix = stagingPrefixOf(get, context);
  if (prefix !== '') return prefix;
  throw new OciError(
    'INVALID_INPUT',
    'input "staging-prefix" is required outside GitHub Actions (e.g. --staging-prefix staging-1)',
  );
}
