import { type Locale, resolveLocale, supportedLocales } from "../domain/formats.js";

/**
 * The language for a page whose user is not known (an unknown link, a refused form): the
 * browser's first supported preference, else English.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== "" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = resolveLocale(tag);
    if (locale !== "en" || tag.toLowerCase().startsWith("en")) return locale;
  }
  return "en";
}

/**
 * The language of a page answering a form post: the one the form was shown in (it travels in the
 * form, so a refusal reads like the page before it), else the browser's.
 */
export function localeOfPost(body: unknown, acceptLanguage: string | undefined): Locale {
  const shown = (body as { locale?: unknown } | null | undefined)?.locale;
  return (supportedLocales as readonly unknown[]).includes(shown)
    ? (shown as Locale)
    : localeFromAcceptLanguage(acceptLanguage);
}
