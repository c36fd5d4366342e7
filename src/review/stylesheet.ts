import { createHash } from "node:crypto";

/**
 * The one stylesheet of the review page. It is served as a file rather than inlined, because the
 * page's Content-Security-Policy allows styles from 'self' only. Its URL carries a hash of its
 * content, so browsers may cache it for a year and still never see a stale copy.
 *
 * Colours keep a contrast of at least 4.5:1 against their background (WCAG AA); the layout is
 * one column that fits a 320 px screen.
 */
export const reviewStylesheet = `:root{color-scheme:light;--ink:#1b1b1f;--muted:#4a4a55;--line:#c9c9d2;--accent:#0b57d0;--warn:#8a1c1c}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#f3f3f6;color:var(--ink);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:34rem;margin:0 auto;padding:1rem .75rem 2.5rem}
.card{background:#fff;border:1px solid var(--line);border-radius:.75rem;padding:1.25rem 1rem}
.card>:last-child{margin-bottom:0}
.brand{margin:0 0 1rem;font-weight:700;font-size:1.125rem;color:var(--muted);overflow-wrap:anywhere}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .75rem}
p{margin:0 0 1rem}
.effect{font-weight:600}
dl{margin:0 0 1.25rem;border-top:1px solid var(--line)}
dl div{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem;padding:.5rem 0;border-bottom:1px solid var(--line)}
dt{color:var(--muted)}
dd{margin:0;font-weight:600}
form{margin:0 0 1rem}
.actions{display:grid;gap:.75rem}
button{font:inherit;font-weight:600;width:100%;min-height:3rem;padding:.75rem 1rem;border-radius:.5rem;border:2px solid var(--accent);cursor:pointer}
.approve{background:var(--accent);color:#fff}
.decline{background:#fff;color:var(--warn);border-color:var(--warn)}
button:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.note{font-size:.9375rem;color:var(--muted);margin:0}
@media (min-width:40rem){main{padding-top:3rem}.card{padding:2rem}}
`;

const digest = createHash("sha256").update(reviewStylesheet).digest("hex").slice(0, 12);

export const reviewStylesheetPath = `/consent/assets/review-${digest}.css`;
