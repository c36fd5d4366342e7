import { escapeHtml } from "../review/pages.js";
import type { ConsentEvidence } from "../services/evidence.js";

/**
 * The evidence of a consent request as a page to print or save (F5): no script, one inline
 * stylesheet with print rules, every fact of the JSON answer in the order a reader asks them.
 */

const style = `
body { font: 14px/1.45 system-ui, sans-serif; color: #111; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin-bottom: .25rem; }
h2 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #999; }
dl { display: grid; grid-template-columns: 13rem 1fr; gap: .2rem 1rem; margin: 0; }
dt { color: #444; }
dd { margin: 0; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: .75rem; border: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ddd; padding: .3rem .4rem; overflow-wrap: anywhere; }
code { font-size: 11px; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, pre { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

type Row = [string, string | null | undefined];

function facts(rows: Row[]): string {
  const items = rows
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value ?? "—")}</dd>`)
    .join("\n");
  return `<dl>\n${items}\n</dl>`;
}

export function evidenceHtml(evidence: ConsentEvidence): string {
  const r = evidence.consentRequest;
  const events = evidence.events
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.time)}</td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(
          `${e.actor.type}${e.actor.id ? ` ${e.actor.id}` : ""}`,
        )}</td><td><code>${escapeHtml(JSON.stringify(e.data))}</code></td><td><code>${escapeHtml(
          e.hash ?? "not sealed yet",
        )}</code></td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Consent evidence ${escapeHtml(r.id)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>Consent evidence</h1>
<p>Request ${escapeHtml(r.id)}, generated ${escapeHtml(evidence.generatedAt)}.</p>
<h2>Request</h2>
${facts([
  ["Type", r.type],
  ["Status", r.status],
  ["Details", JSON.stringify(r.details)],
  ["Line", `${evidence.line.phoneNumber} (${evidence.line.subscription})`],
  ["Requested by", `${evidence.requestedBy.type} ${evidence.requestedBy.id}`],
  ["Requested at", evidence.requestedBy.at],
  ["Link valid until", r.expiresAt],
])}
<h2>Delivery</h2>
${facts([
  ["Method", evidence.delivery.method],
  ["Recipient", evidence.delivery.recipient ?? "redacted"],
  ["Accepted by the server at", evidence.delivery.acceptedAt],
  ["Transport", evidence.delivery.transport],
  ["Message id", evidence.delivery.messageId],
])}
<h2>Page shown</h2>
${facts([
  ["Opened at", evidence.page.openedAt],
  ["Locale", evidence.page.locale],
  ["Text version", evidence.page.textVersion],
  ["Text SHA-256", evidence.page.sha256],
])}
${evidence.page.text === null ? "" : `<pre>${escapeHtml(evidence.page.text)}</pre>`}
<h2>Decision</h2>
${
  evidence.decision === null
    ? "<p>No decision.</p>"
    : facts([
        ["Outcome", evidence.decision.outcome],
        ["At", evidence.decision.at],
        ["Client address", evidence.decision.clientAddress ?? "redacted"],
        ["User agent", evidence.decision.userAgent ?? "redacted"],
      ])
}
<h2>Fulfilment</h2>
${facts([
  ["Status", evidence.fulfilment.status],
  ["Fulfilled at", evidence.fulfilment.fulfilledAt],
  ["Error", evidence.fulfilment.error ? evidence.fulfilment.error.message : null],
])}
<h2>Events</h2>
<table>
<thead><tr><th>Time</th><th>Type</th><th>Actor</th><th>Data</th><th>Audit hash</th></tr></thead>
<tbody>
${events}
</tbody>
</table>
</main>
</body>
</html>
`;
}
