import type { Carrier } from "./channels.js";
import { escapeHtml as e } from "./html.js";
import type { Channel, OutboxMessage } from "./outbox.js";

/** The Outbox page (D7) and its login form: plain server-rendered HTML, no script. */

const style = `
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#111827;background:#f4f5f7}
main{max-width:760px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;margin:.5rem 0}
.note{color:#374151}
article{background:#fff;border:1px solid #d1d5db;border-radius:8px;padding:12px 16px;margin:12px 0}
article h2{font-size:1.1rem;margin:.25rem 0}
.meta{font-size:.875rem;color:#4b5563}
.link a{font-weight:700;color:#1d4ed8;word-break:break-all}
pre{white-space:pre-wrap;word-break:break-word;background:#f9fafb;padding:8px;border-radius:6px;font-size:.875rem}
label{display:block;margin:.75rem 0 .25rem}
input{font:inherit;padding:8px;width:100%;max-width:320px;box-sizing:border-box}
button{font:inherit;margin-top:1rem;padding:8px 20px;background:#1d4ed8;color:#fff;border:0;border-radius:6px}
.error{color:#b91c1c}
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)} · Assent</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

const channelNames: Record<Channel, string> = { email: "Email", sms: "SMS" };

const realTransport: Record<Channel, string> = {
  email: "sent over SMTP (SMTP_URL is set); not kept here",
  sms: "sent through the SMS gateway (SMS_URL is set); not kept here",
};

const unavailableHint: Record<Channel, string> = {
  email:
    "not available: SMS is configured but no mail server, so email is neither sent nor kept (set SMTP_URL, or OUTBOX=1 to keep it here)",
  sms: "not available: email is configured but no SMS gateway, so SMS is neither sent nor kept (set the SMS_* settings, or OUTBOX=1 to keep it here)",
};

const keptHint: Record<Channel, string> = {
  email: "kept here; set SMTP_URL and SMTP_FROM to send real email",
  sms: "kept here; set SMS_URL, SMS_ACCOUNT_SID, SMS_AUTH_TOKEN and SMS_FROM to send real text messages",
};

function messageHtml(message: OutboxMessage, projectName: string): string {
  const when = new Date(message.created_at).toISOString().replace("T", " ").slice(0, 16);
  return `<article>
<p class="meta">${channelNames[message.channel]} to <strong>${e(message.recipient)}</strong> · <time datetime="${new Date(message.created_at).toISOString()}">${when} UTC</time> · ${e(projectName)}</p>
${message.subject !== null ? `<h2>${e(message.subject)}</h2>` : ""}
${message.link !== null ? `<p class="link"><a href="${e(message.link)}" rel="noreferrer">${e(message.link)}</a></p>` : ""}
<pre>${e(message.text)}</pre>
${message.html !== null ? `<p><a href="/outbox/${e(message.id)}/email">View the email as sent</a></p>` : ""}
</article>`;
}

export function outboxPageHtml(input: {
  messages: OutboxMessage[];
  projectNames: Map<string, string>;
  carriers: Record<Channel, Carrier>;
  olderAfter: string | null;
}): string {
  const hints: Record<Carrier, Record<Channel, string>> = {
    outbox: keptHint,
    transport: realTransport,
    none: unavailableHint,
  };
  const channels = (["email", "sms"] as const)
    .map((c) => `<li>${channelNames[c]}: ${hints[input.carriers[c]][c]}.</li>`)
    .join("");
  const kept = (["email", "sms"] as const).filter((c) => input.carriers[c] === "outbox");
  let list: string;
  if (kept.length === 0) {
    list = `<p>Messages are sent by the configured transports, and none are kept here.</p>`;
  } else if (input.messages.length === 0) {
    list = `<p>No messages yet. Perform an action on a subscription of a project with consent, and the message to the user appears here.</p>`;
  } else {
    list = input.messages
      .map((m) => messageHtml(m, input.projectNames.get(m.project_id) ?? m.project_id))
      .join("\n");
  }
  const older = input.olderAfter
    ? `<p><a href="/outbox?after=${encodeURIComponent(input.olderAfter)}">Older messages</a></p>`
    : "";
  return page(
    "Outbox",
    `<h1>Outbox</h1>
<p class="note">Messages that would have gone to users, newest first, for the projects you own. Nothing listed here left this machine: the Outbox is for trying Assent, not a way to reach users.</p>
<ul class="note">${channels}</ul>
${list}
${older}`,
  );
}

export function outboxLoginHtml(error: string | null): string {
  return page(
    "Log in",
    `<h1>Outbox</h1>
<p class="note">The Outbox holds live consent links. Log in as an owner of a project to see its messages.</p>
${error ? `<p class="error" role="alert">${e(error)}</p>` : ""}
<form method="post" action="/outbox/session">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Log in</button>
</form>`,
  );
}
