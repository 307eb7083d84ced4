import { formatDate } from '@/utils/format-date';

/** A date as "November 1, 2026", machine-readable in `dateTime`. */
export function DateTime({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}
