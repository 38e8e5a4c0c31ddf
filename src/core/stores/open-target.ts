/**
 * The one place that switches over the kinds of store: it turns a reference into a store (`oci-layout:PATH` → an
 * OCI image-layout directory, `HOST/REPO` → a registry repository), and it alone compares two stores' locations
 * (the same store? a mount source?). Each switch is exhaustive: a new kind does not compile until it is handled
 * here. Everything else works on the Target it returns.
 */
import { createLayoutTarget } from './layout/layout-target.js';
import { parseReference, type Reference } from '../oci/reference.js';
import { createRegistryTarget, type RegistryOptions } from './registry/target.js';
import type { Target, TargetLocation } from '../content/target.js';

export interface OpenTargetOptions {
  /** Credentials, plain-HTTP hosts, retries... for registry references; ignored for layouts. */
  registry?: RegistryOptions;
}

/** Opens the repository or layout a reference names; its tag or digest is left to the caller to resolve. */
export function openTarget(ref: Reference | string, options: OpenTargetOptions = {}): Target {
  const reference = typeof ref === 'string' ? parseReference(ref) : ref;
  switch (reference.kind) {
    case 'layout':
      return createLayoutTarget(reference.path);
    case 'registry':
      return createRegistryTarget(reference, options.registry);
  }
}

const unknownKind = (location: never): never => {
  throw new Error(`unknown store kind ${JSON.stringify(location)}`);
};

/** Whether two locations are one store: the same registry repository, or the same layout directory. */
export function sameStore(a: TargetLocation, b: TargetLocation): boolean {
  switch (a.kind) {
    case 'registry':
      return b.kind === 'registry' && a.registry === b.registry && a.repository === b.repository;
    case 'layout':
      return b.kind === 'layout' && a.path === b.path;
    case 'memory':
    case 'files':
      // Memory targets and push's file source have no address to compare: two of them are never known to be one.
      return false;
    default:
      return unknownKind(a);
  }
}

/** The repository a blob at `from` can be mounted from into `to`: another repository of the same registry. */
export function mountSource(from: TargetLocation, to: TargetLocation): string | undefined {
  switch (from.kind) {
    case 'registry':
      return to.kind === 'registry' && from.registry === to.registry && from.repository !== to.repository
        ? from.repository
        : undefined;
    case 'layout':
    case 'memory':
    case 'files':
      return undefined;
    default:
      return unknownKind(from);
  }
}
