/** Reads attach's inputs into a typed request (README: "Inputs and outputs", attach). */
import { OciError } from '../../core/errors.js';
import { parseAnnotationLines } from '../../core/oci/annotations.js';
import type { AttachRequest } from '../../core/referrers/attach.js';
import { parseFileSpec } from '../../core/artifact/pack-files.js';
import {
  parsePlatformInput,
  readArtifactType,
  readCommon,
  readReleaseReference,
  type CommonRequest,
} from './common.js';
import { splitLines, type InputReader } from './reader.js';

export type AttachCommand = AttachRequest & { common: CommonRequest };

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
