/**
 * Ending a line and giving its number to another (§9, F1). Pure.
 *
 * Ending a line and opening a new one with its number on another SIM is a SIM swap by another
 * road: whoever can ask for actions could do it without the subscriber. So a locked line does not
 * end, and a number that left a line recently goes to a new line only by an owner's hand.
 */
import type { LineLocks } from "./consent-rules.js";

/** The locks that keep a line from ending: any lock the subscriber set, until it is removed. */
export function locksRefusingEnd(locks: LineLocks): (keyof LineLocks)[] {
  return (["simChange", "portOut"] as const).filter((lock) => locks[lock]);
}

/** The most recently ended line that had a number. */
export type NumberRelease = { subscriptionId: string; endedAt: number };

export type NumberReuse =
  | { kind: "allow" }
  /** An owner gives the number out within the hold: allowed, and recorded as such. */
  | { kind: "allowRecentlyReleased"; release: NumberRelease }
  | { kind: "refuse"; release: NumberRelease; reusableAt: number };

/**
 * Whether a number may go to a new line at `now`: a number released less than `holdSeconds` ago
 * (the project's contact change hold, T1) is refused to anyone but an owner. A release exactly
 * `holdSeconds` ago no longer holds the number.
 */
export function numberReuse(
  release: NumberRelease | null,
  holdSeconds: number,
  mayOverride: boolean,
  now: number,
): NumberReuse {
  if (release === null) return { kind: "allow" };
  const reusableAt = release.endedAt + holdSeconds * 1000;
  if (now >= reusableAt) return { kind: "allow" };
  return mayOverride
    ? { kind: "allowRecentlyReleased", release }
    : { kind: "refuse", release, reusableAt };
}
