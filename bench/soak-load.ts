/**
 * The soak's load: support agents working through the API of whichever instance is up (new
 * users, SIMs and lines, the three actions, cancels, resends, port-out follow-ups, reads), and
 * subscribers answering the messages the peers accepted by posting the review page's form
 * (approve, decline, or never). Every HTTP call is timed and recorded with its answer, so that
 * the report can tell errors inside the fault windows from errors outside them.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Accepted } from "./soak-peers.js";

export type Call = {
  kind: string;
  /** HTTP status, or 0 when no answer came (connection refused or cut, or timed out). */
  status: number;
  error: string | null;
  retryAfter: string | null;
  startedAt: number;
  ms: number;
  instance: string;
};

export type Target = { name: string; url: string };

export type LoadProject = {
  id: string;
  key: string;
  providers: string[];
  /** Lines created through the API. */
  lines: Line[];
};

type Line = {
  id: string;
  provider: string;
  method: "email" | "sms";
};

type KnownRequest = { id: string; project: LoadProject };

export type LoadOptions = {
  projects: LoadProject[];
  /** The instances that are up right now. */
  targets(): Target[];
  agents: number;
  /** Share of messages approved, declined; the rest are never answered. */
  approve: number;
  decline: number;
  random?: () => number;
};

export type Load = {
  calls: Call[];
  /** Messages with a link, as the subscribers saw them. */
  decisions: { approve: number; decline: number; ignore: number; posted: number };
  stop(): Promise<void>;
  /** A subscriber reads a message (wire it to the peers' onAccepted). */
  receive(message: Accepted): void;
};

const timeoutMs = 15_000;

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

let serial = 0;
function newIccid(): string {
  serial += 1;
  const body = `8901${String(Date.now() % 1e8).padStart(8, "0")}${String(serial).padStart(6, "0")}`;
  return `${body}${luhnDigit(body)}`;
}

function newPhone(): string {
  return `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
}

export function startLoad(options: LoadOptions): Load {
  const random = options.random ?? Math.random;
  const calls: Call[] = [];
  const known: KnownRequest[] = [];
  const decisions = { approve: 0, decline: 0, ignore: 0, posted: 0 };
  const pendingTimers = new Set<NodeJS.Timeout>();
  const subscriberWork = new Set<Promise<void>>();
  let stopped = false;

  const pickOf = <T>(items: T[]): T | undefined =>
    items.length === 0 ? undefined : items[Math.floor(random() * items.length)];

  async function call(
    kind: string,
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
    target?: Target,
  ): Promise<{ status: number; text: string; headers: Headers | null }> {
    const to = target ?? pickOf(options.targets());
    const startedAt = Date.now();
    if (!to) {
      calls.push({
        kind,
        status: 0,
        error: "no instance up",
        retryAfter: null,
        startedAt,
        ms: 0,
        instance: "-",
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { status: 0, text: "", headers: null };
    }
    try {
      const response = await fetch(`${to.url}${path}`, {
        ...init,
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      calls.push({
        kind,
        status: response.status,
        error: response.status >= 500 ? text.slice(0, 200) : null,
        retryAfter: response.headers.get("retry-after"),
        startedAt,
        ms: Date.now() - startedAt,
        instance: to.name,
      });
      return { status: response.status, text, headers: response.headers };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      calls.push({
        kind,
        status: 0,
        error: cause?.code ?? (error as Error).name ?? String(error),
        retryAfter: null,
        startedAt,
        ms: Date.now() - startedAt,
        instance: to.name,
      });
      return { status: 0, text: "", headers: null };
    }
  }

  /**
   * An API call as a careful integrator makes it: with an Idempotency-Key for a POST, and again
   * (the same key) after a 503 or a lost connection, waiting as Retry-After says.
   */
  async function api(
    kind: string,
    project: LoadProject,
    method: "GET" | "POST" | "PATCH",
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = { authorization: `Bearer ${project.key}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method === "POST") headers["idempotency-key"] = randomUUID();
    let answer = { status: 0, text: "", headers: null as Headers | null };
    for (let attempt = 0; attempt < 4 && !stopped; attempt++) {
      answer = await call(kind, `/api/projects/${project.id}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (answer.status !== 0 && answer.status !== 503) break;
      const wait = Number(answer.headers?.get("retry-after") ?? "1");
      await new Promise((resolve) => setTimeout(resolve, Math.min(2, wait) * 1000));
    }
    let json: unknown = null;
    try {
      json = answer.text ? JSON.parse(answer.text) : null;
    } catch {
      json = null;
    }
    return { status: answer.status, json };
  }

  async function newLine(project: LoadProject): Promise<Line | undefined> {
    const withEmail = random() < 0.75;
    const user = await api("createUser", project, "POST", "/users", {
      fullName: `Soak ${randomBytes(3).toString("hex")}`,
      ...(withEmail ? { email: `soak-${randomBytes(6).toString("hex")}@example.test` } : {}),
    });
    if (user.status !== 201) return undefined;
    const provider = pickOf(project.providers) as string;
    const sim = await api("createSim", project, "POST", "/sims", {
      iccid: newIccid(),
      type: "pSIM",
      provider,
    });
    if (sim.status !== 201) return undefined;
    const line = await api("createLine", project, "POST", "/subscriptions", {
      user: (user.json as { id: string }).id,
      phoneNumber: newPhone(),
      provider,
      sim: (sim.json as { id: string }).id,
    });
    if (line.status !== 201) return undefined;
    const created: Line = {
      id: (line.json as { id: string }).id,
      provider,
      method: withEmail && random() < 0.8 ? "email" : "sms",
    };
    project.lines.push(created);
    return created;
  }

  async function act(project: LoadProject, line: Line): Promise<void> {
    const r = random();
    const path = `/subscriptions/${line.id}`;
    let result: { status: number; json: unknown };
    if (r < 0.45) {
      result = await api("action", project, "POST", `${path}/simReplacements`, {
        sim: "auto",
        deliveryMethod: line.method,
      });
    } else if (r < 0.7) {
      const provider = project.providers.find((p) => p !== line.provider) ?? line.provider;
      result = await api("action", project, "POST", `${path}/providerChanges`, {
        provider,
        deliveryMethod: line.method,
      });
    } else {
      result = await api("action", project, "POST", `${path}/portOutCredentials`, {
        deliveryMethod: line.method,
      });
    }
    if (result.status === 202) known.push({ id: (result.json as { id: string }).id, project });
  }

  async function agentStep(): Promise<void> {
    const project = pickOf(options.projects) as LoadProject;
    const r = random();
    if (r < 0.3 || project.lines.length < 20) {
      const line = await newLine(project);
      if (line) await act(project, line);
    } else if (r < 0.62) {
      const line = pickOf(project.lines);
      if (line) await act(project, line);
    } else if (r < 0.72) {
      const request = pickOf(known);
      if (request)
        await api("cancel", request.project, "POST", `/consentRequests/${request.id}/cancel`);
    } else if (r < 0.82) {
      const request = pickOf(known);
      if (request) {
        const resent = await api(
          "resend",
          request.project,
          "POST",
          `/consentRequests/${request.id}/resend`,
          {},
        );
        if (resent.status === 201) {
          known.push({ id: (resent.json as { id: string }).id, project: request.project });
        }
      }
    } else if (r < 0.92) {
      const approved = await api(
        "list",
        project,
        "GET",
        "/consentRequests?status=approved&type=portOutCredentials&limit=20",
      );
      const items = (approved.json as { items?: { id: string }[] } | null)?.items ?? [];
      const request = pickOf(items);
      if (request) {
        await api("fulfill", project, "POST", `/consentRequests/${request.id}/fulfill`);
      }
    } else {
      const request = pickOf(known);
      if (request) await api("read", request.project, "GET", `/consentRequests/${request.id}`);
    }
  }

  async function agent(): Promise<void> {
    while (!stopped) {
      try {
        await agentStep();
      } catch (error) {
        calls.push({
          kind: "agent",
          status: 0,
          error: String(error),
          retryAfter: null,
          startedAt: Date.now(),
          ms: 0,
          instance: "-",
        });
      }
    }
  }

  /** A subscriber opens the link on some instance and posts the form the page holds. */
  async function decide(link: string, decision: "approve" | "decline"): Promise<void> {
    const path = new URL(link).pathname;
    const address = `10.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}.${1 + Math.floor(random() * 250)}`;
    for (let attempt = 0; attempt < 4 && !stopped; attempt++) {
      const target = pickOf(options.targets());
      if (!target) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        continue;
      }
      const page = await call(
        "review.get",
        path,
        { headers: { "x-forwarded-for": address } },
        target,
      );
      if (page.status !== 200) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        continue;
      }
      const formToken = /name="formToken" value="([^"]+)"/.exec(page.text)?.[1];
      if (!formToken || !page.text.includes('value="approve"')) return; // no longer pending
      const locale = /name="locale" value="([^"]+)"/.exec(page.text)?.[1] ?? "en";
      const posted = await call(
        "review.post",
        path,
        {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: target.url,
            "x-forwarded-for": address,
          },
          body: new URLSearchParams({ formToken, locale, decision }).toString(),
        },
        target,
      );
      if (posted.status === 200) {
        decisions.posted += 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  function receive(message: Accepted): void {
    if (stopped || !message.link) return;
    const r = random();
    const decision =
      r < options.approve ? "approve" : r < options.approve + options.decline ? "decline" : null;
    if (!decision) {
      decisions.ignore += 1;
      return;
    }
    decisions[decision] += 1;
    const link = message.link;
    const timer = setTimeout(
      () => {
        pendingTimers.delete(timer);
        const work = decide(link, decision).finally(() => subscriberWork.delete(work));
        subscriberWork.add(work);
      },
      Math.floor(random() * 3000),
    );
    pendingTimers.add(timer);
  }

  const agents = Array.from({ length: options.agents }, () => agent());

  return {
    calls,
    decisions,
    receive,
    async stop() {
      stopped = true;
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
      await Promise.all(agents);
      await Promise.all([...subscriberWork]);
    },
  };
}
