/**
 * Checks on what goes into message headers and envelopes. A recipient is checked again at
 * sending time, because the stored address may have been written before a rule existed, and a
 * control character in a header value could otherwise start a header of its own.
 */

// Matching control characters is the point here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const controlCharacters = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** A header's display text (sender name, subject) on one line: control characters become spaces. */
export function oneLine(value: string): string {
  return value
    .replace(controlCharacters, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

const addressPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

export function isDeliverableEmail(value: string | null | undefined): value is string {
  return (
    typeof value === "string" &&
    value.length <= 254 &&
    value.replace(controlCharacters, "") === value &&
    addressPattern.test(value)
  );
}

/**
 * A failure's reason as stored and logged: links (a consent link is a live credential), email
 * addresses and phone numbers that servers echo in their answers are cut out, and the text is
 * kept short.
 */
export function describeFailure(reason: string): string {
  return oneLine(reason)
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"']*/gi, "[link]")
    .replace(/\/consent\/[A-Za-z0-9_-]+/g, "/consent/[link]")
    .replace(/[^\s<>"']+@[^\s<>"']+/g, "[address]")
    .replace(/\+?\d{7,}/g, "[number]")
    .slice(0, 500);
}
