/** When a SIM change counts as recent for a relying party (CAMARA SIM Swap, S1). Pure. */

const hourMs = 60 * 60 * 1000;

/**
 * Whether a SIM change at `changedAt` lies within the last `maxAgeHours` before `now`: a change
 * exactly `maxAgeHours` ago still counts, as does one stamped ahead of `now` by another clock.
 */
export function swappedWithin(changedAt: number, maxAgeHours: number, now: number): boolean {
  return changedAt >= now - maxAgeHours * hourMs;
}
