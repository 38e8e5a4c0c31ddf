/** What a merge would do at each destination, for `dry-run`: nothing is written. */
import type { ReadOnlyTarget, Target } from '../content/target.js';
import { mountSourceOf } from '../copy/copy-blob.js';
import type { Descriptor } from '../oci/descriptor.js';

export type ChildAction = 'present' | 'mount' | 'copy';

/** What a merge would do at one destination (for `dry-run`). */
export interface DryRunPlan {
  destination: string;
  index: 'present' | 'push';
  children: Array<{ digest: string; action: ChildAction; from: string }>;
}

export async function planDestination(
  destination: Target,
  index: Descriptor,
  children: readonly Descriptor[],
  holderOf: (digest: string) => ReadOnlyTarget | undefined,
): Promise<DryRunPlan> {
  const planned = await Promise.all(
    children.map(async (child) => {
      const holder = holderOf(child.digest);
      const from = holder?.name ?? 'unknown';
      if (await destination.exists(child)) return { digest: child.digest, action: 'present' as const, from };
      const mountable = holder !== undefined && mountSourceOf(holder, destination) !== undefined;
      return { digest: child.digest, action: mountable ? ('mount' as const) : ('copy' as const), from };
    }),
  );
  return {
    destination: destination.name,
    index: (await destination.exists(index)) ? 'present' : 'push',
    children: planned,
  };
}

export function describePlan(plan: DryRunPlan): string[] {
  const words: Record<ChildAction, string> = {
    present: 'already there',
    mount: 'would be mounted from',
    copy: 'would be copied from',
  };
  return [
    `${plan.destination}: index ${plan.index === 'present' ? 'already there' : 'would be pushed'}`,
    ...plan.children.map((c) => `  ${c.digest}: ${words[c.action]}${c.action === 'present' ? '' : ` ${c.from}`}`),
  ];
}
