import { beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "../../src/secrets.js";
import { cachedApiKeyLookup, revokeApiKey } from "../../src/services/api-keys.js";
import { systemActor } from "../../src/services/deps.js";
import { testDatabaseKinds } from "../support/databases.js";
import { makeApiKey } from "../support/factories.js";
import { call, useApi } from "./support/harness.js";
import { expectApiObject, expectError } from "./support/shapes.js";
import { eventsOf, makeSide, type Side } from "./support/world.js";

const keyFields = [
  "object",
  "id",
  "project",
  "name",
  "role",
  "prefix",
  "createdAt",
  "lastUsedAt",
  "expiresAt",
  "revokedAt",
];

/** T3: API keys with roles, managed by owners. */
describe.each(testDatabaseKinds)("API keys on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;
  let base: string;

  beforeAll(async () => {
    side = await makeSide(api());
    base = `/api/projects/${side.projectId}/apiKeys`;
  });

  const create = (payload: unknown, as = { apiKey: side.apiKey }) =>
    call(api(), { method: "POST", url: base, as, payload });
  const getProject = (secret: string) =>
    call(api(), { method: "GET", url: `/api/projects/${side.projectId}`, as: { apiKey: secret } });

  it("an owner creates a key: 201 with the key once, role support by default, stored only as a hash", async () => {
    const res = await create({ name: "CRM" });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual([...keyFields, "key"].sort());
    expectApiObject(body, "apiKey");
    expect(body).toMatchObject({
      project: side.projectId,
      name: "CRM",
      role: "support",
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    });
    expect(body.key).toMatch(/^ask_[A-Za-z0-9_-]{43}$/);
    expect(body.key.startsWith(body.prefix)).toBe(true);
    expect(body.prefix.length).toBeLessThan(16);

    const row = await api()
      .deps.db.selectFrom("api_keys")
      .selectAll()
      .where("id", "=", body.id)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashSecret(body.key));
    expect(JSON.stringify(row)).not.toContain(body.key);

    const listed = await call(api(), { method: "GET", url: base, as: { apiKey: side.apiKey } });
    expect(listed.statusCode).toBe(200);
    expectApiObject(listed.json(), "list");
    const item = listed.json().items.find((k: { id: string }) => k.id === body.id);
    expect(Object.keys(item).sort()).toEqual([...keyFields].sort());
    expect(listed.body).not.toContain(body.key);
  });

  it("a retried creation with the same Idempotency-Key makes no second key and does not show the key again", async () => {
    const send = () =>
      call(api(), {
        method: "POST",
        url: base,
        as: { apiKey: side.apiKey },
        payload: { name: "Retried" },
        headers: { "idempotency-key": `retry-${kind}` },
      });
    const first = await send();
    const again = await send();
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ ...first.json(), key: null });
    const rows = await api()
      .deps.db.selectFrom("api_keys")
      .select("id")
      .where("project_id", "=", side.projectId)
      .where("name", "=", "Retried")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("a key can do what its role allows and no more", async () => {
    const viewer = (await create({ name: "Reporting", role: "viewer" })).json().key;
    expect((await getProject(viewer)).statusCode).toBe(200);
    expectError(
      await call(api(), {
        method: "POST",
        url: `/api/projects/${side.projectId}/users`,
        as: { apiKey: viewer },
        payload: { fullName: "Ana Ruiz" },
      }),
      403,
      "forbidden",
    );
    const support = (await create({ name: "Agents", role: "support" })).json().key;
    expectError(
      await call(api(), {
        method: "PATCH",
        url: `/api/projects/${side.projectId}`,
        as: { apiKey: support },
        payload: { name: "Renamed" },
      }),
      403,
      "forbidden",
    );
    expectError(await create({ name: "Escalation" }, { apiKey: support }), 403, "forbidden");
  });

  it("a simSwapCheck key is refused even reading the project", async () => {
    const check = (await create({ name: "Bank", role: "simSwapCheck" })).json();
    expect(check.role).toBe("simSwapCheck");
    expectError(await getProject(check.key), 403, "forbidden");
  });

  it("refuses bad input naming the field: unknown role, empty name, past or malformed expiry, unknown field", async () => {
    const now = api().deps.clock.now();
    for (const [payload, field] of [
      [{ name: "x", role: "admin" }, "role"],
      [{ name: "" }, "name"],
      [{ name: "x", expiresAt: new Date(now - 1000).toISOString() }, "expiresAt"],
      [{ name: "x", expiresAt: "tomorrow" }, "expiresAt"],
      [{ name: "x", secret: "mine" }, "secret"],
      [{}, "name"],
    ] as const) {
      expectError(await create(payload), 422, "validationFailed", field);
    }
  });

  it("a revoked key answers 401 at once on the instance that revoked it, as an unknown key does, and the revocation is recorded", async () => {
    const made = (await create({ name: "Old CRM", role: "owner" })).json();
    expect((await getProject(made.key)).statusCode).toBe(200); // now in the lookup cache
    const revoked = await call(api(), {
      method: "POST",
      url: `${base}/${made.id}/revoke`,
      as: { apiKey: side.apiKey },
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({
      id: made.id,
      revokedAt: new Date(api().deps.clock.now()).toISOString(),
    });
    const refused = await getProject(made.key);
    expectError(refused, 401, "unauthenticated");
    expect(refused.json()).toEqual((await getProject(`ask_${"x".repeat(43)}`)).json());

    const again = await call(api(), {
      method: "POST",
      url: `${base}/${made.id}/revoke`,
      as: { apiKey: side.apiKey },
    });
    expect(again.json().revokedAt).toBe(revoked.json().revokedAt);
    const events = (await eventsOf(api(), side.projectId)).filter((e) => e.subject === made.id);
    expect(events.map((e) => e.type)).toEqual(["apiKey.created", "apiKey.revoked"]);
    expect(events[1]).toMatchObject({ actor_type: "apiKey", actor_id: side.keys.owner.id });
    expect(events.map((e) => e.data).join()).not.toContain(made.key);
  });

  it("another instance refuses a revoked key within 5 seconds", async () => {
    const key = await makeApiKey(api().deps, side.projectId, "support");
    const otherInstance = cachedApiKeyLookup({ ...api().deps });
    expect(await otherInstance.lookUp(key.secret)).toMatchObject({ id: key.id });
    await call(api(), {
      method: "POST",
      url: `${base}/${key.id}/revoke`,
      as: { apiKey: side.apiKey },
    });
    api().deps.clock.advance(4_999);
    expect(await otherInstance.lookUp(key.secret)).toBeDefined();
    api().deps.clock.advance(1);
    expect(await otherInstance.lookUp(key.secret)).toBeUndefined();
  });

  it("a key read just before its revocation is not remembered after it: the next call is refused", async () => {
    const key = await makeApiKey(api().deps, side.projectId, "support");
    // Holds the cache's first read of the key until the revocation has committed and been told.
    let reached!: () => void;
    const read = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = (builder: object): object =>
      new Proxy(builder, {
        get(target, property) {
          const value = Reflect.get(target, property, target);
          if (typeof value !== "function") return value;
          if (property === "executeTakeFirst") {
            return async () => {
              const row = await value.call(target);
              reached();
              await released;
              return row;
            };
          }
          return (...args: unknown[]) => held(value.apply(target, args));
        },
      });
    const db = new Proxy(api().deps.db, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (property === "selectFrom")
          return (...args: unknown[]) => held(value.apply(target, args));
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const instance = cachedApiKeyLookup({ ...api().deps, db });

    const inFlight = instance.lookUp(key.secret);
    await read;
    await revokeApiKey(api().deps, systemActor, side.projectId, key.id);
    instance.forget(key.id);
    release();
    expect(await inFlight).toMatchObject({ id: key.id });
    expect(await instance.lookUp(key.secret)).toBeUndefined();
  });

  it("a key made with expiresAt null, as the key object shows it, does not expire", async () => {
    const res = await create({ name: "No expiry", role: "viewer", expiresAt: null });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().expiresAt).toBeNull();
    api().deps.clock.advance(365 * 24 * 3600 * 1000);
    expect((await getProject(res.json().key)).statusCode).toBe(200);
  });

  it("a key stops working the moment it expires, even while remembered", async () => {
    const expiresAt = new Date(api().deps.clock.now() + 60_000).toISOString();
    const made = (await create({ name: "Trial", role: "viewer", expiresAt })).json();
    expect(made.expiresAt).toBe(expiresAt);
    expect((await getProject(made.key)).statusCode).toBe(200);
    api().deps.clock.advance(59_999);
    expect((await getProject(made.key)).statusCode).toBe(200);
    api().deps.clock.advance(1);
    expectError(await getProject(made.key), 401, "unauthenticated");
  });

  it("lastUsedAt says when a key was last used, to the minute, without a write per call", async () => {
    const key = await makeApiKey(api().deps, side.projectId, "viewer");
    const lastUsed = async () =>
      (
        await api()
          .deps.db.selectFrom("api_keys")
          .select("last_used_at")
          .where("id", "=", key.id)
          .executeTakeFirstOrThrow()
      ).last_used_at;
    expect(await lastUsed()).toBeNull();
    const first = api().deps.clock.now();
    await getProject(key.secret);
    expect(Number(await lastUsed())).toBe(first);
    api().deps.clock.advance(30_000);
    await getProject(key.secret);
    expect(Number(await lastUsed())).toBe(first);
    api().deps.clock.advance(30_000);
    await getProject(key.secret);
    expect(Number(await lastUsed())).toBe(first + 60_000);
  });

  it("another project's key id answers 404 on revoke, and stays working", async () => {
    const theirs = await makeSide(api());
    const res = await call(api(), {
      method: "POST",
      url: `${base}/${theirs.keys.support.id}/revoke`,
      as: { apiKey: side.apiKey },
    });
    expectError(res, 404, "notFound");
    expect(
      (
        await call(api(), {
          method: "GET",
          url: `/api/projects/${theirs.projectId}`,
          as: { apiKey: theirs.keys.support.secret },
        })
      ).statusCode,
    ).toBe(200);
  });
});
