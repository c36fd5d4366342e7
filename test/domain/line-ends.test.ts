import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locksRefusingEnd, numberReuse } from "../../src/domain/line-ends.js";

const hour = 60 * 60 * 1000;
const release = { subscriptionId: "sub_old", endedAt: 1_000 * hour };

describe("ending a locked line (F1)", () => {
  it("a line with either lock, or both, does not end; an unlocked line does", () => {
    expect(locksRefusingEnd({ simChange: false, portOut: false })).toEqual([]);
    expect(locksRefusingEnd({ simChange: true, portOut: false })).toEqual(["simChange"]);
    expect(locksRefusingEnd({ simChange: false, portOut: true })).toEqual(["portOut"]);
    expect(locksRefusingEnd({ simChange: true, portOut: true })).toEqual(["simChange", "portOut"]);
  });
});

describe("giving a recently released number to a new line (§9)", () => {
  it("a number never on an ended line is free to anyone", () => {
    expect(numberReuse(null, 86_400, false, 0)).toEqual({ kind: "allow" });
  });

  it("within the hold, a non-owner is refused until the hold ends", () => {
    expect(numberReuse(release, 86_400, false, release.endedAt + hour)).toEqual({
      kind: "refuse",
      release,
      reusableAt: release.endedAt + 24 * hour,
    });
  });

  it("within the hold, an owner may give it out, and the release is named for the record", () => {
    expect(numberReuse(release, 86_400, true, release.endedAt + hour)).toEqual({
      kind: "allowRecentlyReleased",
      release,
    });
  });

  it("a release exactly the hold ago no longer holds the number; a millisecond earlier it does", () => {
    const end = release.endedAt + 24 * hour;
    expect(numberReuse(release, 86_400, false, end)).toEqual({ kind: "allow" });
    expect(numberReuse(release, 86_400, false, end - 1).kind).toBe("refuse");
  });

  it("a hold of zero never holds a number", () => {
    expect(numberReuse(release, 0, false, release.endedAt)).toEqual({ kind: "allow" });
  });

  it("for any hold and time, a non-owner is refused exactly while now < endedAt + hold, and an owner never", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_592_000 }),
        fc.integer({ min: -hour, max: 40 * 24 * hour }),
        (holdSeconds, offset) => {
          const now = release.endedAt + offset;
          const held = now < release.endedAt + holdSeconds * 1000;
          expect(numberReuse(release, holdSeconds, false, now).kind).toBe(
            held ? "refuse" : "allow",
          );
          expect(numberReuse(release, holdSeconds, true, now).kind).toBe(
            held ? "allowRecentlyReleased" : "allow",
          );
        },
      ),
    );
  });
});
