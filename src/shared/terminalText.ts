/**
 * Text from a file someone else wrote, made safe to print on a terminal. A candidate's name
 * in a ballot file (or a value in a voter file) could otherwise carry escape sequences that
 * clear the screen, move the cursor or retitle the window, a C1 control that some terminals
 * read as an escape, a line break that fakes a line of the report, or a bidi override that
 * shows a name reversed (Trojan Source). Such characters are shown as visible escapes
 * (`\x1b`, `\u202e`) rather than dropped, so two names that differ only in them still look
 * different.
 */

/**
 * C0 controls (line breaks and tabs included: a value is always printed on one line), DEL,
 * C1 controls, the bidi marks and overrides (LRM, RLM, ALM, LRE…PDF, LRI…PDI) and the
 * Unicode line and paragraph separators.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** The same less C0, which JSON.stringify escapes in strings and uses as layout outside them. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const hex = (code: number, width: number): string => code.toString(16).padStart(width, '0');

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/** One value for a line of terminal output: every unsafe character as a visible escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * JSON text (from JSON.stringify) with the unsafe characters JSON.stringify leaves raw
 * (DEL, C1, bidi, U+2028/9) written as `\uXXXX` escapes: the same JSON value, safe to print.
 * Those characters can only occur inside strings there, where an escape means the same.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`);
}
