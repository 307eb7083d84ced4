/** Who sent a public form, as far as the server knows. */
export interface ClientInfo {
  ip: string;
  userAgent: string;
}

const USER_AGENT_LENGTH = 255;

/** At most `max` UTF-16 units (what Strapi's validator counts), never splitting a character. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

/** The user agent as stored: the column holds 255 characters. */
export const storedUserAgent = (userAgent: string) => truncate(userAgent, USER_AGENT_LENGTH);
