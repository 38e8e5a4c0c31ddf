/** Reads push's inputs into a typed request (SPEC.md: push). */
import { OciError } from '../core/errors.js';
import { parseAnnotationLines } from '../core/oci/annotations.js';
import type { Platform } from '../core/oci/descriptor.js';
import { parsePlatform } from '../core/oci/platform.js';
import { isMediaType, parseFileSpec } from '../core/publish/pack-files.js';
import type { PushRequest } from '../core/publish/push.js';
import { stagingTagFor } from '../core/publish/staging.js';
import { assertTag } from '../core/reference.js';
import {
  defaultStagingPrefix,
  parseInput,
  readCommon,
  readRepository,
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
  const artifactType = get('artifact-type');
  if (artifactType !== '' && !isMediaType(artifactType)) {
    throw new OciError(
      'INVALID_INPUT',
      `input "artifact-type" must be a media type like application/vnd.example.tool.v1, got "${artifactType}"`,
    );
  }
  const explicitTag = get('staging-tag');
  const request: PushCommand = {
    common,
    repository,
    files,
    annotations: parseAnnotationLines(get('annotations'), 'annotations'),
    concurrency: common.concurrency,
  };
  if (platform) request.platform = platform;
  if (explicitTag !== '') request.stagingTag = assertTag(explicitTag, 'input "staging-tag"');
  else if (platform) request.stagingTag = stagingTagFor(defaultStagingPrefix(get, context), platform);
  else request.stagingPrefix = defaultStagingPrefix(get, context);
  if (sourceText !== '') request.source = parseInput('source', sourceText);
  if (artifactType !== '') request.artifactType = artifactType;
  return request;
}

function readPlatform(get: InputReader): Platform {
  const value = get('platform');
  if (value === '')
    throw new OciError('INVALID_INPUT', 'input "platform" is required: os/arch[/variant], e.g. linux/arm64');
  let platform: Platform;
  try {
    platform = parsePlatform(value);
  } catch (e) {
    throw new OciError('INVALID_PLATFORM', `input "platform": ${(e as Error).message}`);
  }
  const osVersion = get('os-version');
  if (osVersion !== '') platform['os.version'] = osVersion;
  const osFeatures = readList(get, 'os-features');
  if (osFeatures.length > 0) platform['os.features'] = osFeatures;
  return platform;
}
