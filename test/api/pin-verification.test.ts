import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../support/databases.js";
import { call, useApi } from "./support/harness.js";
import { expectError } from "./support/shapes.js";
import { approvedPortOut, type LoggedIn, makeSide, type Side } from "./support/world.js";

/** F4 through the API: the receiving carrier's check, its roles and its own rate limit. */
describe.each(testDatabaseKinds)("port-out PIN verification through the API on %s", (kind) => {
  const api = useApi(kind);
  let side: Side;

  beforeAll(async () => {
    side = await makeSide(api());
  });

  const asMember = (member: LoggedIn) => ({ session: member.session, csrf: member.csrf });
  const verify = (payload: unknown, as: Parameters<typeof call>[1]["as"]) =>
    call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/portOutCredentials/verify`,
      as,
      payload,
    });
  const issued = async () => {
    const { request, line } = await approvedPortOut(api(), side.project);
    const res = await call(api(), {
      method: "POST",
      url: `/api/projects/${side.projectId}/consentRequests/${request.id}/fulfill`,
      as: { apiKey: side.apiKey },
    });
    const { accountNumber, pin } = res.json().credentials;
    return { phoneNumber: line.subscription.phone_number, accountNumber, pin };
  };

  it("answers portOutVerification: valid the first time, not the second", async () => {
    const credentials = await issued();
    const first = await verify(credentials, asMember(side.support));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ object: "portOutVerification", valid: true });
    expect((await verify(credentials, { apiKey: side.apiKey })).json().valid).toBe(false);
  });

  it("a viewer may not check PINs", async () => {
    const credentials = await issued();
    expectError(await verify(credentials, asMember(side.viewer)), 403, "forbidden");
  });

  it("a malformed check is refused with 422", async () => {
    expectError(
      await verify({ phoneNumber: "12", accountNumber: "1", pin: "1" }, asMember(side.owner)),
      422,
      "validationFailed",
      "phoneNumber",
    );
  });

  it("a caller checking too often gets 429 with Retry-After", async () => {
    const other = await makeSide(api());
    const payload = { phoneNumber: "+15550000000", accountNumber: "123456789", pin: "000000" };
    const send = () =>
      call(api(), {
        method: "POST",
        url: `/api/projects/${other.projectId}/portOutCredentials/verify`,
        as: { apiKey: other.apiKey },
        payload,
      });
    for (let i = 0; i < 30; i++) expect((await send()).statusCode).toBe(200);
    const refused = await send();
    expectError(refused, 429, "tooManyRequests");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
  });
});
