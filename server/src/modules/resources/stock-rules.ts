/**
 * Pure stock rules: no I/O, no clock. Dates are calendar days `YYYY-MM-DD` (China Standard Time);
 * quantities are kept in thousandths so sums are exact.
 */

export type BatchForPick = { id: string; quantity: number; producedOn: string; expiresOn: string | null };
export type Pick = { batchId: string; quantity: number };
export type FefoResult = { ok: true; picks: Pick[] } | { ok: false; available: number };

/** Quantities are numeric(14,3): work in integer thousandths to avoid float drift. */
export const toMilli = (q: number): number => Math.round(q * 1000);
export const fromMilli = (m: number): number => m / 1000;

/** Calendar-day arithmetic on `YYYY-MM-DD` strings (UTC-based, so no DST effects). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds months, clamping to the last day of the month (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day of an instant in China Standard Time (UTC+8, no DST). */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A batch is usable through its expiry day and expired from the day after. */
export const isExpired = (expiresOn: string | null, today: string): boolean => expiresOn !== null && expiresOn < today;

/**
 * FEFO: which batches an outbound quantity comes from. Earliest expiry first (no expiry last), then
 * oldest production, then batch id for a stable order. Expired batches are skipped unless allowed;
 * empty batches are skipped. All or nothing: if the usable stock is short, says how much there is.
 */
export function pickFefo(batches: BatchForPick[], quantity: number, today: string, opts: { allowExpired?: boolean } = {}): FefoResult {
  const usable = batches
    .filter((b) => toMilli(b.quantity) > 0 && (opts.allowExpired || !isExpired(b.expiresOn, today)))
    .sort(
      (a, b) =>
        cmp(a.expiresOn ?? '9999-12-31', b.expiresOn ?? '9999-12-31') || cmp(a.producedOn, b.producedOn) || cmp(a.id, b.id),
    );
  let left = toMilli(quantity);
  const available = usable.reduce((s, b) => s + toMilli(b.quantity), 0);
  if (left <= 0 || available < left) return { ok: false, available: fromMilli(available) };
  const picks: Pick[] = [];
  for (const b of usable) {
    if (left === 0) break;
    const take = Math.min(left, toMilli(b.quantity));
    picks.push({ batchId: b.id, quantity: fromMilli(take) });
    left -= take;
  }
  return { ok: true, picks };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type ExpiryState = 'expired' | 'expiring' | 'ok';

/** Expired after its expiry day; expiring when the expiry day is within `withinDays` of today; otherwise ok. */
export function expiryState(expiresOn: string | null, today: string, withinDays: number): { state: ExpiryState; daysLeft: number | null } {
  if (expiresOn === null) return { state: 'ok', daysLeft: null };
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  return { state: daysLeft <= withinDays ? 'expiring' : 'ok', daysLeft };
}

/** Low stock: a threshold is set and the quantity on hand is below it. */
export function isLowStock(onHand: number, minQuantity: number | null): boolean {
  return minQuantity !== null && toMilli(onHand) < toMilli(minQuantity);
}
