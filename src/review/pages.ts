import { type Locale, maskPhone, resolveLocale } from "../domain/formats.js";
import type { DecisionOutcome, ReviewView } from "../services/consent-decisions.js";
import { detailsOf } from "../services/fulfilment.js";
import { type Messages, messagesFor, type Notice } from "./messages.js";
import { reviewStylesheetPath } from "./stylesheet.js";

/**
 * The review page's HTML, rendered on the server with no script (L4): one page with the form
 * while the request is pending, and one short message for every other state.
 */

export type Page = { status: number; html: string };

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] as string);
}

function layout(input: { locale: Locale; brand: string | null; title: string; body: string }) {
  const brand = input.brand === null ? "" : `<p class="brand">${escapeHtml(input.brand)}</p>`;
  const title = input.brand === null ? input.title : `${input.title} – ${input.brand}`;
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${reviewStylesheetPath}">
</head>
<body>
<main>
<div class="card">
${brand}
${input.body}
</div>
</main>
</body>
</html>
`;
}

function paragraphs(texts: string[]): string {
  return texts.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n");
}

function noticePage(
  locale: Locale,
  brand: string | null,
  notice: { heading: string; body: string[] },
): string {
  return layout({
    locale,
    brand,
    title: notice.heading,
    body: `<h1>${escapeHtml(notice.heading)}</h1>\n${paragraphs(notice.body)}`,
  });
}

/** Times are shown in UTC, named as such: the page does not know the reader's time zone. */
function timeElement(ms: number, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(ms);
  return `<time datetime="${new Date(ms).toISOString()}">${escapeHtml(text)} UTC</time>`;
}

function effectOf(view: ReviewView, m: Messages): string {
  const details = detailsOf(view.request.type, view.request.details);
  switch (details.type) {
    case "simReplacement":
      return details.simType === "eSIM" ? m.pending.effect.newEsim : m.pending.effect.newSim;
    case "providerChange":
      return m.pending.effect.providerChange;
    case "portOutCredentials":
      return m.pending.effect.portOutCredentials;
    case "lockRemoval":
      return m.pending.effect.lockRemoval;
  }
}

function timeText(ms: number, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(ms);
  return `${text} UTC`;
}

/**
 * The words the pending page shows, one line each, in its locale (F5): what evidence hashes. It
 * follows from the request, the locale and the text version (`reviewTextVersion`) alone.
 */
export function pendingPageText(view: ReviewView, locale: Locale): string {
  const m = messagesFor(locale);
  const { request } = view;
  return [
    view.projectName,
    m.pending.heading,
    m.pending.intro[request.type](view.projectName),
    effectOf(view, m),
    `${m.pending.line}: ${maskPhone(view.phoneNumber)}`,
    `${m.pending.requested}: ${timeText(request.created_at, locale)}`,
    `${m.pending.validUntil}: ${timeText(request.expires_at, locale)}`,
    m.pending.approve,
    m.pending.decline,
    m.pending.warning,
  ].join("\n");
}

/** The form: Approve or "I did not ask for this", with the page's anti-forgery value. */
export function pendingPage(view: ReviewView, formToken: string): Page {
  const locale = resolveLocale(view.preferredLocale);
  const m = messagesFor(locale);
  const { request } = view;
  const rows: [string, string][] = [
    [m.pending.line, escapeHtml(maskPhone(view.phoneNumber))],
    [m.pending.requested, timeElement(request.created_at, locale)],
    [m.pending.validUntil, timeElement(request.expires_at, locale)],
  ];
  // No action attribute: the form posts back to the page's own address.
  const body = `<h1>${escapeHtml(m.pending.heading)}</h1>
<p>${escapeHtml(m.pending.intro[request.type](view.projectName))}</p>
<p class="effect">${escapeHtml(effectOf(view, m))}</p>
<dl>
${rows.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${value}</dd></div>`).join("\n")}
</dl>
<form method="post">
<input type="hidden" name="formToken" value="${escapeHtml(formToken)}">
<input type="hidden" name="locale" value="${locale}">
<div class="actions">
<button type="submit" name="decision" value="approve" class="approve">${escapeHtml(m.pending.approve)}</button>
<button type="submit" name="decision" value="decline" class="decline">${escapeHtml(m.pending.decline)}</button>
</div>
</form>
<p class="note">${escapeHtml(m.pending.warning)}</p>`;
  return {
    status: 200,
    html: layout({ locale, brand: view.projectName, title: m.pending.heading, body }),
  };
}

/** What happens after an approval, as far as the request has come. */
function afterApproval(view: ReviewView, m: Messages): string {
  if (view.request.type === "portOutCredentials") return m.done.portOutCredentials;
  return view.status === "fulfilled" ? m.done[view.request.type] : m.done.incomplete;
}

/**
 * The page for a request that is no longer pending. `outcome` is what the visitor's own POST
 * just did (a confirmation), or `none` when they arrive after the fact.
 */
export function statePage(view: ReviewView, outcome: DecisionOutcome, formToken?: string): Page {
  const locale = resolveLocale(view.preferredLocale);
  const m = messagesFor(locale);
  const brand = view.projectName;
  const fresh = outcome !== "none";
  const notice = (n: { heading: string; body: string[] }, status = 200): Page => ({
    status,
    html: noticePage(locale, brand, n),
  });
  switch (view.status) {
    case "pending":
      // Only reached if a decision lost to nothing at all; show the state, not a stale form.
      return notice({ heading: m.failure.heading, body: [m.failure.body] }, 409);
    case "approved":
    case "fulfilled":
      return notice(
        fresh
          ? { heading: m.thanks, body: [m.approvedLead, afterApproval(view, m)] }
          : { heading: m.alreadyApproved, body: [afterApproval(view, m)] },
      );
    case "declined": {
      const copy = fresh ? m.declined : m.alreadyDeclined;
      const offer =
        formToken !== undefined && !(view.locks.simChange && view.locks.portOut)
          ? lockOfferForm(m, locale, formToken)
          : "";
      const body = `<h1>${escapeHtml(copy.heading)}</h1>\n${paragraphs([copy.body(brand)])}\n${offer}`;
      return { status: 200, html: layout({ locale, brand, title: copy.heading, body }) };
    }
    case "canceled":
      return notice(
        view.superseded
          ? { heading: m.superseded.heading, body: [m.superseded.body] }
          : { heading: m.canceled.heading, body: [m.canceled.body(brand)] },
      );
    case "expired":
      // Same status as an unknown link (L3): a stale link must not tell a real one apart.
      return notice({ heading: m.expired.heading, body: [m.expired.body(brand)] }, 404);
  }
}

/**
 * F2: after "I did not ask for this", the subscriber can lock the line against SIM changes and
 * port-out at once. A form post like the decision, with the page's anti-forgery value.
 */
function lockOfferForm(m: Messages, locale: Locale, formToken: string): string {
  return `<form method="post" class="lock-offer">
<input type="hidden" name="formToken" value="${escapeHtml(formToken)}">
<input type="hidden" name="locale" value="${locale}">
<p>${escapeHtml(m.lockOffer.text)}</p>
<div class="actions">
<button type="submit" name="decision" value="lock" class="approve">${escapeHtml(m.lockOffer.button)}</button>
</div>
</form>`;
}

/** The confirmation that the subscriber locked the line (F2). */
export function lockedPage(view: ReviewView): Page {
  const locale = resolveLocale(view.preferredLocale);
  const m = messagesFor(locale);
  return {
    status: 200,
    html: noticePage(locale, view.projectName, {
      heading: m.lockOffer.done.heading,
      body: [m.lockOffer.done.body],
    }),
  };
}

export type GenericNotice = "unknown" | "refused" | "tooManyRequests" | "failure";

const genericStatus: Record<GenericNotice, number> = {
  unknown: 404,
  refused: 403,
  tooManyRequests: 429,
  failure: 500,
};

/** A page that names no brand: the link is unknown, or the request was not accepted. */
export function genericPage(kind: GenericNotice, locale: Locale): Page {
  const notice: Notice = messagesFor(locale)[kind];
  return {
    status: genericStatus[kind],
    html: noticePage(locale, null, { heading: notice.heading, body: [notice.body] }),
  };
}
