import type { Executor } from "../db/database.js";
import type { ConsentType } from "../domain/consent-rules.js";
import { luhnCheckDigit } from "../domain/formats.js";
import { newId } from "../ids.js";
import { randomDigits, type Sealer } from "../secrets.js";
import type { Actor } from "./deps.js";
import { recordEvent } from "./events.js";
import type { Subscription } from "./inventory.js";
import { enqueueJob } from "./jobs.js";
import { invalidatePin, lineRefusal, removeLocks } from "./line-locks.js";
import type { Project } from "./projects.js";

/** The details an agent asked for, frozen in the request when it is created (C1). */
export type ActionDetails =
  | { type: "simReplacement"; sim: string; simType: "eSIM" | "pSIM" }
  | { type: "providerChange"; provider: string; sim: string }
  | { type: "portOutCredentials" }
  | { type: "lockRemoval"; simChange: boolean; portOut: boolean };

export type Credentials = {
  object: "portOutCredentials";
  subscription: string;
  accountNumber: string;
  pin: string;
  pinExpiresAt: string;
};

export type FulfilmentOutcome =
  | { ok: true; credentials: Credentials | null }
  | { ok: false; code: string; message: string };

export function detailsOf(type: ConsentType, json: string): ActionDetails {
  return { type, ...(JSON.parse(json) as object) } as ActionDetails;
}

/** Stored details leave out the type, which has its own column. */
export function storedDetails(details: ActionDetails): string {
  const { type: _type, ...rest } = details;
  return JSON.stringify(rest);
}

/** A fresh eSIM profile for `auto`: an 89… ICCID of 19 digits with its Luhn digit. */
function newEsimIccid(): string {
  const payload = `8988${randomDigits(14)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

type Context = {
  project: Project;
  subscription: Subscription;
  details: ActionDetails;
  actor: Actor;
  consentRequestId: string | null;
  /** The channel of the notice after the fact (C9), or null when none can reach the user. */
  noticeMethod: "email" | "sms" | null;
  now: number;
  /** Keys the transfer PIN's stored HMAC (T7). */
  sealer: Sealer;
};

/**
 * Carries out an action exactly as approved, in the caller's transaction, and writes its events
 * and the user's notice. A cause that a member can fix (the SIM was taken, the line ended) is
 * returned, not thrown, so the caller can record it (C7).
 */
export async function carryOut(tx: Executor, ctx: Context): Promise<FulfilmentOutcome> {
  const { subscription, details, now } = ctx;
  if (subscription.status !== "active") {
    return { ok: false, code: "subscriptionNotActive", message: "The subscription has ended." };
  }
  // A lock or cooldown that began after the approval still holds (F1, F3).
  const refusal = await lineRefusal(tx, ctx.project, subscription, details.type, now);
  if (refusal) return { ok: false, code: refusal.code, message: refusal.message };
  if (details.type === "lockRemoval") {
    await removeLocks(tx, ctx.actor, subscription, details, now, {
      consentRequest: ctx.consentRequestId,
    });
    return { ok: true, credentials: null };
  }
  if (details.type === "portOutCredentials") return issueCredentials(tx, ctx);

  const provider = details.type === "providerChange" ? details.provider : subscription.provider;
  const newSimId = await takeSim(tx, ctx.project.id, details, provider, now);
  if (newSimId === null) {
    return {
      ok: false,
      code: "simNotAvailable",
      message: "The chosen SIM is no longer available for this provider.",
    };
  }
  await tx
    .updateTable("sims")
    .set({ status: "retired" })
    .where("project_id", "=", ctx.project.id)
    .where("id", "=", subscription.sim_id)
    .execute();
  await tx
    .updateTable("subscriptions")
    .set({ sim_id: newSimId, provider, sim_changed_at: now })
    .where("project_id", "=", ctx.project.id)
    .where("id", "=", subscription.id)
    .execute();
  // A transfer PIN does not survive a SIM change (F4).
  await invalidatePin(tx, ctx.actor, subscription, "simChanged", now);
  const data = {
    consentRequest: ctx.consentRequestId,
    previousSim: subscription.sim_id,
    sim: newSimId,
    ...(details.type === "providerChange"
      ? { previousProvider: subscription.provider, provider }
      : {}),
  };
  await recordEvent(tx, {
    projectId: ctx.project.id,
    type:
      details.type === "simReplacement"
        ? "subscription.simReplaced"
        : "subscription.providerChanged",
    actor: ctx.actor,
    subject: subscription.id,
    data,
    time: now,
  });
  await enqueueNotice(
    tx,
    ctx,
    details.type === "simReplacement" ? "simReplaced" : "providerChanged",
  );
  return { ok: true, credentials: null };
}

async function takeSim(
  tx: Executor,
  projectId: string,
  details: Extract<ActionDetails, { sim: string }>,
  provider: string,
  now: number,
): Promise<string | null> {
  if (details.sim === "auto") {
    const id = newId("sim", now);
    await tx
      .insertInto("sims")
      .values({
        id,
        project_id: projectId,
        iccid: newEsimIccid(),
        type: "eSIM",
        provider,
        status: "active",
        created_at: now,
      })
      .execute();
    return id;
  }
  const taken = await tx
    .updateTable("sims")
    .set({ status: "active" })
    .where("project_id", "=", projectId)
    .where("id", "=", details.sim)
    .where("provider", "=", provider)
    .where("status", "=", "available")
    .executeTakeFirst();
  return taken.numUpdatedRows === 1n ? details.sim : null;
}

async function issueCredentials(tx: Executor, ctx: Context): Promise<FulfilmentOutcome> {
  const pin = randomDigits(6);
  const pinExpiresAt = ctx.now + ctx.project.port_out_pin_ttl_seconds * 1000;
  // A new PIN replaces the old one, which stops being valid (C8).
  await invalidatePin(tx, ctx.actor, ctx.subscription, "reissued", ctx.now);
  await tx
    .updateTable("subscriptions")
    .set({
      port_out_pin_hash: ctx.sealer.pinDigest(ctx.subscription.id, pin),
      port_out_pin_expires_at: pinExpiresAt,
    })
    .where("project_id", "=", ctx.project.id)
    .where("id", "=", ctx.subscription.id)
    .execute();
  const pinExpiresAtIso = new Date(pinExpiresAt).toISOString();
  await recordEvent(tx, {
    projectId: ctx.project.id,
    type: "portOutCredentials.issued",
    actor: ctx.actor,
    subject: ctx.subscription.id,
    data: { consentRequest: ctx.consentRequestId, pinExpiresAt: pinExpiresAtIso },
    time: ctx.now,
  });
  await enqueueNotice(tx, ctx, "portOutCredentialsIssued");
  return {
    ok: true,
    credentials: {
      object: "portOutCredentials",
      subscription: ctx.subscription.id,
      accountNumber: ctx.subscription.account_number,
      pin,
      pinExpiresAt: pinExpiresAtIso,
    },
  };
}

async function enqueueNotice(
  tx: Executor,
  ctx: Context,
  notice: "simReplaced" | "providerChanged" | "portOutCredentialsIssued",
): Promise<void> {
  if (ctx.noticeMethod === null) return;
  await enqueueJob(tx, {
    projectId: ctx.project.id,
    kind: "notice.deliver",
    payload: {
      consentRequestId: ctx.consentRequestId,
      subscriptionId: ctx.subscription.id,
      notice,
      deliveryMethod: ctx.noticeMethod,
    },
    now: ctx.now,
  });
}
