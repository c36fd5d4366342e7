/** Formats of SPEC §1 and how personal data is shown masked. Pure. */

export const e164Pattern = /^\+[1-9]\d{6,14}$/;

export function isE164(value: string): boolean {
  return e164Pattern.test(value);
}

export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** ICCID: 18 to 22 digits, the last one a Luhn check digit. */
export function isIccid(value: string): boolean {
  if (!/^\d{18,22}$/.test(value)) return false;
  return luhnCheckDigit(value.slice(0, -1)) === Number(value.at(-1));
}

export const supportedLocales = ["en", "es", "de", "fr"] as const;
export type Locale = (typeof supportedLocales)[number];

/** The language a page or message is shown in: the user's preferred one if supported, else English. */
export function resolveLocale(preferred: string | null | undefined): Locale {
  const base = (preferred ?? "").toLowerCase().split(/[-_]/)[0];
  return (supportedLocales as readonly string[]).includes(base ?? "") ? (base as Locale) : "en";
}

/** `jane@example.com` → `j•••@example.com` */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

/** `+15550100123` → `+1•••••0123`: country prefix and the last four digits stay visible. */
export function maskPhone(phone: string): string {
  if (phone.length < 6) return "•••";
  return `${phone.slice(0, 2)}•••••${phone.slice(-4)}`;
}

export function maskRecipient(method: "email" | "sms", recipient: string): string {
  return method === "email" ? maskEmail(recipient) : maskPhone(recipient);
}
