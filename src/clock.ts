/** The one source of time. Production uses the system clock; tests pass a clock they can move. */
export type Clock = { now(): number };

export const systemClock: Clock = { now: () => Date.now() };

export type ManualClock = Clock & { set(ms: number): void; advance(ms: number): void };

export function manualClock(start = Date.UTC(2026, 0, 1)): ManualClock {
  let current = start;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export function isoTime(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}
