/** Monday 00:00 local time of the week holding `at`, moved by `offset` weeks. */
export function weekStart(at: number, offset = 0): Date {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7) + offset * 7);
  return d;
}

/** The seven local midnights of the week from `start`. */
export function weekDays(start: Date): Date[] {
  return Array.from({ length: 7 }, (_, n) => {
    const d = new Date(start);
    d.setDate(start.getDate() + n);
    return d;
  });
}

/** The local calendar day an instant falls on, as a key comparable with `dayKey(weekDays(..)[n])`. */
export const dayKey = (at: Date | string): string => new Date(at).toDateString();
