import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAddressPolicy,
  type Resolver,
  urlRefusal,
} from "../../src/webhooks/address-policy.js";
import { createWebhookSender } from "../../src/webhooks/sender.js";
import { type Receiver, startReceiver } from "./receiver.js";

/**
 * W5. Names resolve through a resolver the test controls: no test reaches a real private
 * address; the only server connected to is the receiver on loopback, when loopback is allowed.
 */
const publicAddress = "93.184.215.14";
const dns: Record<string, string[]> = {
  "hooks.example.com": [publicAddress],
  "loopback.example.com": ["127.0.0.1"],
  "private.example.com": ["10.1.2.3"],
  "mixed.example.com": [publicAddress, "192.168.1.10"],
  "mapped.example.com": ["::ffff:127.0.0.1"],
};
let answers = dns;
const resolver: Resolver = async (hostname) => {
  const found = answers[hostname];
  if (!found) throw Object.assign(new Error(`${hostname} not found`), { code: "ENOTFOUND" });
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

const strict = createAddressPolicy([], resolver);
const loopbackAllowed = createAddressPolicy(["127.0.0.0/8"], resolver);

describe("which webhook URLs are accepted (W5)", () => {
  it.each([
    ["https://127.0.0.1/hooks", "loopback"],
    ["https://[::1]/hooks", "IPv6 loopback"],
    ["https://10.0.0.5/hooks", "private"],
    ["https://172.16.4.4/hooks", "private"],
    ["https://192.168.0.1/hooks", "private"],
    ["https://169.254.169.254/latest/meta-data", "link-local (cloud metadata)"],
    ["https://[fe80::1]/hooks", "IPv6 link-local"],
    ["https://[fd00::1]/hooks", "IPv6 unique local"],
    ["https://[::ffff:127.0.0.1]/hooks", "IPv4-mapped IPv6 loopback"],
    ["https://[::ffff:a9fe:a9fe]/hooks", "IPv4-mapped IPv6 link-local, in hex"],
    ["https://0.0.0.0/hooks", "unspecified"],
    ["https://100.64.0.1/hooks", "shared address space"],
    ["https://loopback.example.com/hooks", "a name that resolves to loopback"],
    ["https://private.example.com/hooks", "a name that resolves to a private address"],
    ["https://mixed.example.com/hooks", "a name with one private address among public ones"],
    ["https://mapped.example.com/hooks", "a name that resolves to an IPv4-mapped address"],
  ])("%s is refused: %s", async (url) => {
    expect(await urlRefusal(strict, url)).toMatch(/not a public address/);
  });

  it("a public host over https is accepted", async () => {
    expect(await urlRefusal(strict, "https://hooks.example.com/assent")).toBeNull();
    expect(await urlRefusal(strict, `https://${publicAddress}/assent`)).toBeNull();
  });

  it("plain http is refused for public hosts, and other schemes and credentials always", async () => {
    expect(await urlRefusal(strict, "http://hooks.example.com/assent")).toMatch(/https only/);
    expect(await urlRefusal(strict, "ftp://hooks.example.com/")).toMatch(/https URL/);
    expect(await urlRefusal(strict, "https://user:pw@hooks.example.com/")).toMatch(/credentials/);
    expect(await urlRefusal(strict, "https://nowhere.example.com/")).toMatch(/does not resolve/);
  });

  it("addresses WEBHOOK_ALLOW_PRIVATE lists are accepted, over http too; others stay refused", async () => {
    expect(await urlRefusal(loopbackAllowed, "http://127.0.0.1:8080/hooks")).toBeNull();
    expect(await urlRefusal(loopbackAllowed, "https://loopback.example.com/hooks")).toBeNull();
    expect(await urlRefusal(loopbackAllowed, "https://[::ffff:127.0.0.1]/hooks")).toBeNull();
    expect(await urlRefusal(loopbackAllowed, "https://10.0.0.5/hooks")).toMatch(/not a public/);
    expect(await urlRefusal(loopbackAllowed, "https://[::1]/hooks")).toMatch(/not a public/);
  });

  it("a malformed WEBHOOK_ALLOW_PRIVATE stops start-up, naming the variable", () => {
    expect(() => createAddressPolicy(["127.0.0.0/33"])).toThrow(/WEBHOOK_ALLOW_PRIVATE/);
    expect(() => createAddressPolicy(["localhost"])).toThrow(/WEBHOOK_ALLOW_PRIVATE/);
  });
});

describe("every delivery checks the address it connects to (W5)", () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => receiver.close());

  const send = (policy: ReturnType<typeof createAddressPolicy>, url: string) =>
    createWebhookSender(policy, 2_000).send({ url, headers: {}, body: "{}" });

  it("a name that resolves to loopback when the delivery connects is refused, unless allowed", async () => {
    const url = `http://loopback.example.com:${receiver.port}/hooks`;
    const refused = await send(createAddressPolicy([], resolver), url);
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).toMatch(/^refused: .*127\.0\.0\.1.*not a public address/);
    expect(receiver.deliveries).toHaveLength(0);

    const allowed = await send(loopbackAllowed, url);
    expect(allowed).toMatchObject({ ok: true, statusCode: 200 });
    expect(receiver.deliveries).toHaveLength(1);
  });

  it("a name that was public when the endpoint was saved and points inside at delivery is refused", async () => {
    const url = `https://rebinding.example.com:${receiver.port}/hooks`;
    answers = { ...dns, "rebinding.example.com": [publicAddress] };
    expect(await urlRefusal(strict, url)).toBeNull();
    answers = { ...dns, "rebinding.example.com": ["127.0.0.1"] };
    const outcome = await send(strict, url);
    expect(outcome.error).toMatch(/^refused: .*127\.0\.0\.1/);
    answers = dns;
  });

  it.each([
    "http://127.0.0.1:PORT/hooks",
    "http://[::ffff:127.0.0.1]:PORT/hooks",
    "http://private.example.com:PORT/hooks",
  ])("%s is refused at delivery when the address is not allowed", async (template) => {
    const before = receiver.deliveries.length;
    const outcome = await send(strict, template.replace("PORT", String(receiver.port)));
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/^refused: /);
    expect(receiver.deliveries).toHaveLength(before);
  });
});
