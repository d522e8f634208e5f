/**
 * `chrono::DateTime<Utc>`: read as RFC 3339, kept as the canonical string
 * chrono writes (UTC, `Z`, fraction of 0, 3, 6 or 9 digits). A JS `Date`
 * would keep milliseconds only, so the value stays a string.
 */
import { expectedMessage } from "./describe.js";
import { lazySchema } from "./lazy.js";
import { withMeta } from "./meta.js";
import { readWith, Rejection } from "./numbers.js";

// YYYY-MM-DD, `T` or a space, hh:mm:ss, optional fraction, then Z, z or ±hh:mm.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const EXPECTED = "an RFC 3339 timestamp such as 2026-05-20T12:00:00Z";

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days, proleptic Gregorian.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [year: number, month: number, day: number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** chrono's `SecondsFormat::AutoSi`: no fraction, or 3, 6 or 9 digits. */
function formatFraction(nanos: number): string {
  if (nanos === 0) return "";
  if (nanos % 1_000_000 === 0) return `.${pad(nanos / 1_000_000, 3)}`;
  if (nanos % 1000 === 0) return `.${pad(nanos / 1000, 6)}`;
  return `.${pad(nanos, 9)}`;
}

/** The canonical UTC form of an RFC 3339 timestamp, or `undefined` if it is not one. */
export function canonicalDateTime(text: string): string | undefined {
  // The end decides first: a long fraction with a bad end would otherwise be backtracked digit by digit.
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  const sign = text.charCodeAt(n - 6);
  if (
    last !== 0x5a &&
    last !== 0x7a &&
    !((sign === 0x2b || sign === 0x2d) && text.charCodeAt(n - 3) === 0x3a)
  )
    return undefined;
  const m = RFC3339.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i])) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offHours > 23 || offMinutes > 59) return undefined;
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (offHours * 60 + offMinutes);
  }
  const nanos = m[7] === undefined ? 0 : Number(m[7].slice(0, 9).padEnd(9, "0"));
  // A leap second is second 59 plus one; chrono keeps it through the offset shift.
  const leap = second === 60;
  const totalMinutes = daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - offsetMinutes;
  const days = Math.floor(totalMinutes / 1440);
  const minuteOfDay = totalMinutes - days * 1440;
  const [y, mo, d] = civilFromDays(days);
  // Shifted to UTC outside years 0000–9999, it is no longer RFC 3339 (chrono would write `-0001` or `+10000`).
  if (y < 0 || y > 9999) return undefined;
  const time = `${pad(Math.floor(minuteOfDay / 60), 2)}:${pad(minuteOfDay % 60, 2)}:${leap ? "60" : pad(second, 2)}`;
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${time}${formatFraction(nanos)}Z`;
}

export function readDateTime(input: unknown): string | Rejection {
  const canonical = typeof input === "string" ? canonicalDateTime(input) : undefined;
  return canonical ?? new Rejection(expectedMessage(EXPECTED, input));
}

/** `DateTime<Utc>`: any RFC 3339 timestamp in, its canonical UTC string out. */
export const dateTimeUtc = lazySchema(() =>
  withMeta(readWith<string, string>(readDateTime), { kind: "datetime" }),
);
