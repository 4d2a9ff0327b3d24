import type { Region } from '@shouwang/contracts';

/** Ancestors above the user's root are hidden: the user cannot browse them. */
export function pathWithinScope(region: Region, ancestors: Region[], root: Region | null): Region[] {
  const rootLevel = root?.level ?? 1;
  return [...ancestors, region].filter((r) => r.level >= rootLevel).sort((a, b) => a.level - b.level);
}
