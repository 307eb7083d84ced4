import { formatDate, formatDateTime } from '@/utils/format-date';

/** A date as "November 1, 2026" (with `withTime`, "… at 2:05 PM UTC"), machine-readable in `dateTime`. */
export function DateTime({ value, withTime = false }: { value: string; withTime?: boolean }) {
  return <time dateTime={value}>{withTime ? formatDateTime(value) : formatDate(value)}</time>;
}
