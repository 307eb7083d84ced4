import type { ConsultRequestView, ConsultStatus, PreferredContact } from '../api';

export const STATUS_LABELS: Record<ConsultStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  closed: 'Closed',
};

export const STATUS_VARIANTS = {
  new: 'warning',
  contacted: 'secondary',
  closed: 'success',
} as const satisfies Record<ConsultStatus, string>;

export const CONTACT_LABELS: Record<PreferredContact, string> = { phone: 'Phone', email: 'Email' };

export { BEST_TIME_LABELS } from '@clinic/rules';

/** The way the person asked to be reached, with the number or address to use. */
export function preferredContactOf(request: Pick<ConsultRequestView, 'preferredContact' | 'phone' | 'email'>) {
  const value = request.preferredContact === 'phone' ? request.phone : request.email;
  return { label: CONTACT_LABELS[request.preferredContact], value };
}

/** The first line of the message, for the list (the detail view shows all of it). */
export function firstLine(message: string | null): string {
  const line = (message ?? '').trim().split(/\r?\n/u)[0] ?? '';
  const chars = Array.from(line);
  return chars.length > 120 ? `${chars.slice(0, 119).join('').trimEnd()}…` : line;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
