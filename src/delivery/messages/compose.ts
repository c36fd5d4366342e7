import type { ConsentType } from "../../domain/consent-rules.js";
import type { Locale } from "../../domain/formats.js";
import { type Consequence, copies, type Notice } from "./copy.js";
import { renderLetter } from "./layout.js";
import { formatDuration, formatTime } from "./when.js";

/**
 * The messages users receive, composed from the copy of their language: the consent link
 * (M2) and the notice after the fact (C9). A notice never carries the port-out PIN: it is not
 * among its inputs.
 */

export type ComposedEmail = { subject: string; text: string; html: string };

export type ConsentMessageInput = {
  locale: Locale;
  brand: string;
  userName: string;
  type: ConsentType;
  /** For a SIM replacement, the type of the new SIM. */
  simType: "eSIM" | "pSIM" | null;
  /** The line, masked. */
  line: string;
  link: string;
  expiresAt: number;
  now: number;
};

function consequenceOf(input: ConsentMessageInput): Consequence {
  if (input.type === "simReplacement") return input.simType === "pSIM" ? "pSIM" : "eSIM";
  return input.type;
}

export async function consentEmail(input: ConsentMessageInput): Promise<ComposedEmail> {
  const copy = copies[input.locale];
  const subject = copy.consent.subject[input.type];
  const slots = {
    lang: input.locale,
    brand: input.brand,
    heading: subject,
    greeting: copy.greeting(input.userName),
    intro: copy.consent.intro[input.type](input.brand, input.line),
    detail: copy.consent.consequence[consequenceOf(input)],
    review: copy.consent.review,
    link: input.link,
    linkIntro: copy.consent.linkIntro,
    validity: copy.consent.validity(
      formatDuration(input.locale, input.expiresAt - input.now),
      formatTime(input.locale, input.expiresAt),
    ),
    notYou: copy.consent.notYou(input.brand),
    footer: copy.footer(input.brand),
  };
  const text = [
    slots.greeting,
    `${slots.intro}\n${slots.detail}`,
    `${slots.review}: ${slots.link}`,
    slots.validity,
    slots.notYou,
    `-- \n${slots.footer}`,
  ].join("\n\n");
  return { subject, text: `${text}\n`, html: await renderLetter("consent", slots) };
}

export function consentSms(input: ConsentMessageInput): string {
  const copy = copies[input.locale];
  return copy.consent.sms(
    input.brand,
    copy.consent.subject[input.type],
    input.link,
    formatDuration(input.locale, input.expiresAt - input.now),
  );
}

export type NoticeMessageInput = {
  locale: Locale;
  brand: string;
  userName: string;
  notice: Notice;
  line: string;
  /** When the action was carried out. */
  at: number;
};

export async function noticeEmail(input: NoticeMessageInput): Promise<ComposedEmail> {
  const copy = copies[input.locale];
  const subject = copy.notice.subject[input.notice];
  const slots = {
    lang: input.locale,
    brand: input.brand,
    heading: subject,
    greeting: copy.greeting(input.userName),
    intro: copy.notice.body[input.notice](input.line, formatTime(input.locale, input.at)),
    notYou: copy.notice.notYou(input.brand),
    footer: copy.footer(input.brand),
  };
  const text = [slots.greeting, slots.intro, slots.notYou, `-- \n${slots.footer}`].join("\n\n");
  return { subject, text: `${text}\n`, html: await renderLetter("notice", slots) };
}

export function noticeSms(input: NoticeMessageInput): string {
  const copy = copies[input.locale];
  const body = copy.notice.body[input.notice](input.line, formatTime(input.locale, input.at));
  return `${input.brand}: ${body} ${copy.notice.notYou(input.brand)}`;
}

export type ContactChangeMessageInput = {
  locale: Locale;
  brand: string;
  userName: string;
  /** The previous and the new address, masked; null when the address was removed. */
  previous: string;
  next: string | null;
  /** When the change was made. */
  at: number;
};

/** T1: the email to the previous address, saying what changed and whom to contact if not them. */
export async function contactChangeEmail(input: ContactChangeMessageInput): Promise<ComposedEmail> {
  const copy = copies[input.locale];
  const at = formatTime(input.locale, input.at);
  const slots = {
    lang: input.locale,
    brand: input.brand,
    heading: copy.contactChange.subject,
    greeting: copy.greeting(input.userName),
    intro:
      input.next === null
        ? copy.contactChange.removed(input.brand, input.previous, at)
        : copy.contactChange.changed(input.brand, input.previous, input.next, at),
    notYou: copy.notice.notYou(input.brand),
    footer: copy.footer(input.brand),
  };
  const text = [slots.greeting, slots.intro, slots.notYou, `-- \n${slots.footer}`].join("\n\n");
  return {
    subject: copy.contactChange.subject,
    text: `${text}\n`,
    html: await renderLetter("notice", slots),
  };
}
