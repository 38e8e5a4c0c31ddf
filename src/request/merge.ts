/** Reads merge's inputs into a typed request (SPEC.md: merge). */
import { OciError } from '../core/errors.js';
import { conflictPolicies, type ConflictPolicy, type IndexAnnotationDefaults } from '../core/index/types.js';
import { parseMetadataActionAnnotations } from '../core/oci/annotations.js';
import { parsePlatform } from '../core/oci/platform.js';
import type { MergeRequest } from '../core/publish/merge.js';
import { isMediaType } from '../core/publish/pack-files.js';
import { assertTag, withVersion, type Reference } from '../core/reference.js';
import { parseInput, readCommon, readRepository, type CommonRequest, type RunContext } from './common.js';
import { readBoolean, readList, splitLines, type InputReader } from './reader.js';

export type MergeCommand = MergeRequest & { common: CommonRequest; manifestAnnotationsIgnored: string[] };

export interface MergeContext extends RunContext {
  github: { serverUrl?: string; repository?: string; sha?: string };
  sourceDateEpoch?: string;
}

export function readMergeRequest(get: InputReader, context: MergeContext): MergeCommand {
  const common = readCommon(get);
  const repository = readRepository(get, 'repository');
  const sources = splitLines(get('sources')).map((s) => parseInput('sources', s));
  const prefixGiven = get('staging-prefix');
  const stagingPrefix = prefixGiven || (context.inActions && context.runId ? `staging-${context.runId}` : '');
  if (sources.length === 0 && stagingPrefix === '') {
    throw new OciError(
      'INVALID_INPUT',
      'give "sources", or "staging-prefix" to discover staging tags (required outside GitHub Actions)',
    );
  }
  const tags = readList(get, 'tags').map((t) => releaseReference(repository, t));
  if (tags.length === 0)
    throw new OciError('INVALID_INPUT', 'input "tags" is required: release tags such as 1.2.3 and latest');
  const onConflict = get('on-conflict') || 'error';
  if (!(conflictPolicies as readonly string[]).includes(onConflict)) {
    throw new OciError(
      'INVALID_INPUT',
      `input "on-conflict" must be ${conflictPolicies.join(' or ')}, got "${onConflict}"`,
    );
  }
  const artifactType = get('artifact-type');
  if (artifactType !== '' && !isMediaType(artifactType)) {
    throw new OciError('INVALID_INPUT', `input "artifact-type" must be a media type, got "${artifactType}"`);
  }
  const leveled = parseMetadataActionAnnotations(get('annotations'), 'annotations');
  const platforms = readList(get, 'platforms').map((p) => {
    try {
      return parsePlatform(p);
    } catch (e) {
      throw new OciError('INVALID_PLATFORM', `input "platforms": ${(e as Error).message}`);
    }
  });
  const request: MergeCommand = {
    common,
    repository,
    sources,
    tags,
    indexAnnotations: leveled.index,
    manifestAnnotationsIgnored: Object.keys({
      ...leveled.manifest,
      ...leveled.manifestDescriptor,
      ...leveled.indexDescriptor,
    }),
    descriptorAnnotations: readList(get, 'descriptor-annotations'),
    onConflict: onConflict as ConflictPolicy,
    cleanup: readBoolean(get, 'cleanup', false),
    dryRun: readBoolean(get, 'dry-run', false),
    concurrency: common.concurrency,
    defaults: annotationDefaults(context),
  };
  if (stagingPrefix !== '') request.stagingPrefix = stagingPrefix;
  if (platforms.length > 0) request.platforms = platforms;
  if (artifactType !== '') request.artifactType = artifactType;
  const base = get('base');
  if (base !== '') request.base = parseInput('base', base);
  return request;
}

/** A bare tag goes to `repository`; anything else must be a full reference with a tag. */
function releaseReference(repository: Reference, value: string): Reference {
  if (!value.includes('/') && !value.includes(':') && !value.includes('@')) {
    return withVersion(repository, { tag: assertTag(value, 'release tag in input "tags"') });
  }
  const ref = parseInput('tags', value);
  if (!ref.tag || ref.digest) {
    throw new OciError(
      'INVALID_INPUT',
      `input "tags": "${value}" must be a bare tag or a reference with a tag and no digest`,
    );
  }
  return ref;
}

function annotationDefaults(context: MergeContext): IndexAnnotationDefaults {
  const out: IndexAnnotationDefaults = {};
  const epoch = context.sourceDateEpoch?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch))
      throw new OciError('INVALID_INPUT', `SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`);
    out.createdEpochSeconds = Number(epoch);
  }
  const { serverUrl, repository, sha } = context.github;
  if (context.inActions && serverUrl && repository) out.source = `${serverUrl}/${repository}`;
  if (context.inActions && sha) out.revision = sha;
  return out;
}
