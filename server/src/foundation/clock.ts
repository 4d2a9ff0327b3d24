/** Rules and services take time from here, so tests can use a fake clock. */
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };
