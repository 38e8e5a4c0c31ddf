/** Reads attach's inputs into a typed request (SPEC.md: attach). */
import { OciError } from '../core/errors.js';
import { parseAnnotationLines } from '../core/oci/annotations.js';
import type { AttachRequest } from '../core/publish/attach.js';
import { parseFileSpec } from '../core/publish/pack-files.js';
import { parseInput, parsePlatformInput, readArtifactType, readCommon, type CommonRequest } from './common.js';
import { splitLines, type InputReader } from './reader.js';

export type AttachCommand = AttachRequest & { common: CommonRequest };

/** The inputs attach reads, besides the shared ones. */
export const attachInputs = ['reference', 'platform', 'files', 'artifact-type', 'annotations'] as const;

export function readAttachRequest(get: InputReader): AttachCommand {
  const common = readCommon(get);
  const reference = readReleaseReference(get, 'attach');
  const artifactType = readArtifactType(get);
  if (artifactType === undefined) {
    throw new OciError(
      'INVALID_INPUT',
      'input "artifact-type" is required for attach: the media type of what is attached, e.g. application/spdx+json',
    );
  }
  const files = splitLines(get('files')).map(parseFileSpec);
  if (files.length === 0) {
    throw new OciError('INVALID_INPUT', 'input "files" lists no file: give at least one PATH[:MEDIATYPE] to attach');
  }
  const request: AttachCommand = {
    common,
    reference,
    files,
    artifactType,
    annotations: parseAnnotationLines(get('annotations'), 'annotations'),
    concurrency: common.concurrency,
  };
  const platformText = get('platform');
  if (platformText !== '') request.platform = parsePlatformInput('platform', platformText);
  return request;
}

/** `reference`: a release tag or digest (attach and discover). */
export function readReleaseReference(get: InputReader, command: string) {
  const value = get('reference');
  if (value === '') {
    throw new OciError(
      'INVALID_INPUT',
      `input "reference" is required for ${command}: the release, e.g. ghcr.io/OWNER/NAME:1.2.3 or …@sha256:…`,
    );
  }
  const ref = parseInput('reference', value);
  if (ref.tag === undefined && ref.digest === undefined) {
    throw new OciError(
      'INVALID_INPUT',
      `input "reference" ${value} needs a tag or a digest (e.g. :1.2.3 or @sha256:…)`,
    );
  }
  return ref;
}
