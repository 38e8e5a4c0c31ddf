/** Reads merge's inputs into a typed request (README: merge). */
import { OciError } from '../../core/errors.js';
import { conflictPolicies, type ConflictPolicy, type IndexAnnotationDefaults } from '../../core/index/types.js';
import { createAnnotationMatcher, parseMetadataActionAnnotations } from '../../core/oci/annotations.js';
import { Annotations } from '../../core/oci/descriptor.js';
import type { MergeRequest } from '../../core/merge/merge.js';
import { assertTag, withVersion, type Reference } from '../../core/oci/reference.js';
import {
  parseInput,
  parseVersioned,
  readArtifactType,
  readCommon,
  readPlatforms,
  readRepository,
  stagingPrefixOf,
  type CommonRequest,
  type RunContext,
} from './common.js';
import { readBoolean, readList, splitLines, type InputReader } from './reader.js';

export type MergeCommand = MergeRequest & { common: CommonRequest; manifestAnnotationsIgnored: string[] };

export interface MergeContext extends RunContext {
  github: { serverUrl?: string; repository?: string; sha?: string };
  sourceDateEpoch?: string;
}

export function readMergeRequest(get: InputReader, context: MergeContext): MergeCommand {
  const common = readCommon(get);
  const repository = readRepository(get, 'repository');
  const sources = splitLines(get('sources')).map((s) => parseVersioned('sources', s));
  const stagingPrefix = stagingPrefixOf(get, context);
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
  const artifactType = readArtifactType(get);
  const leveled = parseMetadataActionAnnotations(get('annotations'), 'annotations');
  const platforms = readPlatforms(get, 'platforms');
  const { annotations: indexAnnotations, defaults } = withDefaults(leveled.index, annotationDefaults(context));
  const descriptorAnnotations = readList(get, 'descriptor-annotations');
  createAnnotationMatcher(descriptorAnnotations); // refuses a bad key pattern now, before any source is read
  const request: MergeCommand = {
    common,
    repository,
    sources,
    tags,
    indexAnnotations,
    manifestAnnotationsIgnored: Object.keys({
      ...leveled.manifest,
      ...leveled.manifestDescriptor,
      ...leveled.indexDescriptor,
    }),
    descriptorAnnotations,
    onConflict: onConflict as ConflictPolicy,
    cleanup: readBoolean(get, 'cleanup', false),
    dryRun: readBoolean(get, 'dry-run', false),
    concurrency: common.concurrency,
    defaults,
  };
  if (stagingPrefix !== '') request.stagingPrefix = stagingPrefix;
  if (platforms.length > 0) request.platforms = platforms;
  if (artifactType !== undefined) request.artifactType = artifactType;
  const base = get('base');
  if (base !== '') request.base = parseVersioned('base', base);
  return request;
}

/**
 * A bare tag goes to `repository`; anything else must be a full reference with a tag. Docker Hub's short form
 * (`user/app:1.2.3`, as docker/metadata-action writes for `images: user/app`) means docker.io/user/app, as for docker.
 */
function releaseReference(repository: Reference, value: string): Reference {
  if (!value.includes('/') && !value.includes(':') && !value.includes('@')) {
    return withVersion(repository, { tag: assertTag(value, 'release tag in input "tags"') });
  }
  const ref = parseInput('tags', dockerHubShortForm(value));
  if (!ref.tag || ref.digest) {
    throw new OciError(
      'INVALID_INPUT',
      `input "tags": "${value}" must be a bare tag or a reference with a tag and no digest`,
    );
  }
  return ref;
}

function dockerHubShortForm(value: string): string {
  if (value.startsWith('oci-layout:')) return value;
  const slash = value.indexOf('/');
  if (slash <= 0) return value;
  const first = value.slice(0, slash);
  const host = first === 'localhost' || first.includes('.') || first.includes(':') || first.startsWith('[');
  return host ? value : `docker.io/${value}`;
}

/**
 * The annotations merge adds on its own (created, source, revision) give way to the user's: a value given in
 * `annotations` replaces the default, and an empty one (`org.opencontainers.image.revision=`) removes it.
 */
function withDefaults(
  user: Record<string, string>,
  defaults: IndexAnnotationDefaults,
): { annotations: Record<string, string>; defaults: IndexAnnotationDefaults } {
  const annotations = { ...user };
  const out = { ...defaults };
  const keys = { createdEpochSeconds: Annotations.created, source: Annotations.source, revision: Annotations.revision };
  for (const [field, key] of Object.entries(keys) as Array<[keyof IndexAnnotationDefaults, string]>) {
    if (!(key in annotations)) continue;
    delete out[field];
    if (annotations[key] === '') delete annotations[key];
  }
  return { annotations, defaults: out };
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
