import { escapeHtml } from "../html.js";
import { layouts } from "./layouts.generated.js";

/**
 * The two email layouts (letter.tsx, rendered ahead of time into layouts.generated.ts) and the
 * filling of their slots: each message fills them with its escaped text, which costs far less
 * than rendering React for every message.
 */

export type LetterKind = "consent" | "notice";

export type LetterSlots = {
  lang: string;
  brand: string;
  heading: string;
  greeting: string;
  intro: string;
  notYou: string;
  footer: string;
};

/** The consent letter's call to action: the Review button, the link in plain text, the validity. */
export type ActionSlots = {
  detail: string;
  review: string;
  link: string;
  linkIntro: string;
  validity: string;
};

/** The email's HTML: the layout with every slot replaced, in one pass, by its escaped text. */
export function renderLetter(kind: "consent", slots: LetterSlots & ActionSlots): Promise<string>;
export function renderLetter(kind: "notice", slots: LetterSlots): Promise<string>;
export async function renderLetter(kind: LetterKind, slots: LetterSlots): Promise<string> {
  const values: Record<string, string> = slots;
  return layouts[kind].replace(/%%([a-zA-Z]+)%%/g, (placeholder, name: string) =>
    name in values ? escapeHtml(values[name] as string) : placeholder,
  );
}
