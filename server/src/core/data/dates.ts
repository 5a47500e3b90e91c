/** Calendar helpers on ISO dates (yyyy-mm-dd), without the host's time zone. */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const EPOCH = Date.UTC(1946, 0, 1);

export function isoFromDay(day: number): string {
  return new Date(EPOCH + day * 86400000).toISOString().slice(0, 10);
}

/** "2 August 2017" */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 1 -> "st", 2 -> "nd", 11 -> "th" ... */
export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
