/**
 * What particular registries answer where distribution 2.8 answers otherwise, in one place, each with its
 * source (the README's Registries section says what each registry needs from a user). The client copes through general
 * mechanisms (201 or 202 alike, opaque Location and Link, delete by tag when a digest delete is refused);
 * this file only recognises the answers that need a particular reaction or a particular hint.
 */
import { RegistryError, type RegistryErrorEntry } from '../../errors.js';

/**
 * Amazon ECR answers a PATCH with 201, not 202 (regclient and the AWS .NET SDK handle it): upload steps accept
 * both. Artifactory and others answer 201 where the spec says 202 elsewhere too.
 */
export const UPLOAD_STEP_STATUSES: readonly number[] = [202, 201];

/**
 * Google Artifact Registry refuses to delete a manifest by digest while a tag names it: 400
 * GOOGLE_MANIFEST_DANGLING_TAG "Manifest is still referenced by tag…"; deleting the tags first works.
 */
export const isDanglingTagRefusal = (e: unknown): boolean =>
  e instanceof RegistryError &&
  e.status === 400 &&
  (e.registryCodes.includes('GOOGLE_MANIFEST_DANGLING_TAG') || /referenced by tag/i.test(e.message));

/**
 * JFrog Artifactory (old versions) refuses a monolithic upload — POST, then PUT with the body — with
 * 404 BLOB_UNKNOWN; PATCH then an empty PUT works.
 */
export const isPutWithBodyRefusal = (e: unknown): boolean =>
  e instanceof RegistryError && e.method === 'PUT' && e.status === 404 && e.registryCodes.includes('BLOB_UNKNOWN');

/**
 * A tag that cannot move: ECR "tag invalid: The image tag 'X' already exists … because the repository is
 * immutable" (TAG_INVALID), Quay 409 TAG_IMMUTABLE, Harbor 412 PRECONDITION "… configured as immutable".
 */
export function isImmutableTagAnswer(status: number, entries: readonly RegistryErrorEntry[]): boolean {
  const codes = new Set(entries.map((e) => e.code));
  const text = entries.map((e) => `${e.message} ${e.detail ?? ''}`).join(' ');
  return codes.has('TAG_IMMUTABLE') || (/immutable/i.test(text) && (codes.has('TAG_INVALID') || status === 412));
}

/**
 * A media type the registry does not allow: GitLab "unknown media type: X" (artifactType and config are
 * checked against an allow-list), Quay "manifest data does not match schema" (config types from a list).
 */
export function isMediaTypeRefusal(entries: readonly RegistryErrorEntry[]): boolean {
  return entries.some(
    (e) =>
      e.code === 'MANIFEST_INVALID' &&
      /unknown media type|does not match schema/i.test(`${e.message} ${e.detail ?? ''}`),
  );
}

/**
 * Token endpoints that refuse the OAuth2 POST (identity tokens): Google Artifact Registry answers 404,
 * JFrog Artifactory 401; a GET with Basic credentials works (as docker falls back).
 */
export const TOKEN_POST_REFUSED_STATUSES: readonly number[] = [401, 404, 405];
