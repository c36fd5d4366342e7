import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  concurrencyLimit,
  createPasswordHasher,
  defaultPasswordHasher,
  HasherBusyError,
} from "../../src/services/passwords.js";

/** T4: member passwords are hashed at OWASP's scrypt parameters, a few at a time. */
describe("password hashing", () => {
  it("production hashes with scrypt N=2^17, r=8, p=1, within Node's memory bound, and verifies", async () => {
    const hash = await defaultPasswordHasher.hash("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await defaultPasswordHasher.verify("correct horse battery staple", hash)).toEqual({
      ok: true,
      needsRehash: false,
    });
    expect(defaultPasswordHasher.dummyHash).toMatch(/^scrypt\$ln=17,r=8,p=1\$/);
  });

  it("a wrong password, a malformed hash and the dummy hash never verify", async () => {
    const hasher = createPasswordHasher({ params: { logN: 10, r: 8, p: 1 } });
    const hash = await hasher.hash("right");
    expect((await hasher.verify("wrong", hash)).ok).toBe(false);
    expect((await hasher.verify("right", "plain-text")).ok).toBe(false);
    expect((await hasher.verify("right", "scrypt$ln=10,r=8,p=1$$")).ok).toBe(false);
    expect((await hasher.verify("", hasher.dummyHash)).ok).toBe(false);
  });

  it("hashes of the first format (Node's defaults, N=2^14) verify and ask to be re-hashed", async () => {
    const salt = randomBytes(16);
    const key = scryptSync("old password", salt, 32);
    const legacy = `scrypt$${salt.toString("base64url")}$${key.toString("base64url")}`;
    const hasher = createPasswordHasher({ params: { logN: 10, r: 8, p: 1 } });
    expect(await hasher.verify("old password", legacy)).toEqual({ ok: true, needsRehash: true });
    expect(await hasher.verify("other", legacy)).toEqual({ ok: false, needsRehash: false });
  });

  it("runs at most its limit at once and turns away what would wait beyond the queue", async () => {
    const limit = concurrencyLimit(2, 1);
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      limit(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      });
    const started = [task(), task(), task()];
    await expect(task()).rejects.toBeInstanceOf(HasherBusyError);
    await new Promise((resolve) => setImmediate(resolve));
    expect(releases).toHaveLength(2);
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(started);
    expect(most).toBe(2);
  });
});
