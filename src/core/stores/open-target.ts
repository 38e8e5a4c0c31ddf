/**
 * The one place that turns a reference into a store: `oci-layout:PATH` → an OCI image-layout directory,
 * `HOST/REPO` → a registry repository. Everything else works on the Target it returns.
 */
import { createLayoutTarget } from './layout/layout-target.js';
import { parseReference, type Reference } from '../oci/reference.js';
import { createRegistryTarget, type RegistryOptions } from './registry/target.js';
import type { Target } from '../content/target.js';

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
