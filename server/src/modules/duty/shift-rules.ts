/**
 * Roster rules (A3), pure: shift times, overlap, and who is on duty at a moment. A shift covers
 * [startsAt, endsAt): the person handing over at 08:30 is no longer on duty at 08:30, the next one is.
 */
export const MAX_SHIFT_HOURS = 72;

export type ShiftTimes = { startsAt: Date; endsAt: Date };

export function shiftTimesProblem(s: ShiftTimes): 'order' | 'too_long' | null {
  if (s.endsAt.getTime() <= s.startsAt.getTime()) return 'order';
  if (s.endsAt.getTime() - s.startsAt.getTime() > MAX_SHIFT_HOURS * 3_600_000) return 'too_long';
  return null;
}

/** Half-open intervals: a shift ending at 08:30 and one starting at 08:30 do not overlap. */
export const overlaps = (a: ShiftTimes, b: ShiftTimes) => a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

export const covers = (s: ShiftTimes, at: Date) => s.startsAt.getTime() <= at.getTime() && at.getTime() < s.endsAt.getTime();

/**
 * Who answers for a region now: the first region, walking from the region up its ancestors, with a shift
 * covering `at`. `chain` is the region followed by its ancestors, nearest first.
 */
export function resolveOnDuty<S extends ShiftTimes & { regionCode: string }>(chain: string[], shifts: S[], at: Date): { servedBy: string; shift: S } | null {
  for (const code of chain) {
    const shift = shifts.find((s) => s.regionCode === code && covers(s, at));
    if (shift) return { servedBy: code, shift };
  }
  return null;
}
