/** `tel:` href for a displayed phone number: digits only, keeping a leading `+`. */
export function toTelHref(phone: string): string {
  const trimmed = phone.trim();
  const prefix = trimmed.startsWith('+') ? '+' : '';
  return `tel:${prefix}${trimmed.replace(/\D/g, '')}`;
}
