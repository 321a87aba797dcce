// Calendar time for the os library: gmtime, localtime, mktime and strftime
// as glibc does them in the C locale.
//
// Times are time_t seconds held in doubles. Broken-down times (Tm) are
// computed with the days-from-civil / civil-from-days arithmetic on the
// proleptic Gregorian calendar (no JS Date), so every time_t lua5.1 accepts
// works, from year -2^31 to 2^31 (glibc fails only when the year leaves the
// int range; so do we). Above 2^53 seconds the day split uses BigInt so the
// seconds field stays exact.
//
// The local time zone comes from JS Date (the process TZ under Node, the
// browser's zone elsewhere): the UTC offset at an instant is
// -getTimezoneOffset(); outside Date's range (+-8.64e15 ms) the offset at
// the nearest representable instant is used. A time is DST when its offset
// exceeds the smaller of the January and July offsets of its year. %Z uses
// Intl's short zone name ("UTC", "EST"); gmtime's zone is "GMT" as glibc's.
//
// mktime normalises out-of-range fields exactly like glibc (month 13 is
// January of the next year, day 0 the last day of the previous month ...):
// the fields are summed as seconds of a "local clock", then converted with
// the offset found by two fixed-point steps. A requested isdst that
// disagrees with the zone's shifts the result by the zone's DST delta (one
// hour when the zone has none: TZ=UTC with isdst=true gives 23:00 the day
// before, as glibc).
//
// strftime: lua5.1's os.date hands strftime one "%c" pair at a time, so
// only single conversions matter. Unknown ones come back as written ("%Q"),
// GNU flags and modifiers alone ("%_", "%E") too, and a digit d >= 3 is a
// field width applied to that echo (" %3"). Years are not zero-padded
// (%Y of year 1 is "1"), %C is floor(year/100), %y and %g are mod 100.
import { sbPutJS, sbPutBytes } from '../rt/str'
import type { Heap } from '../rt/heap'

/** A broken-down time (struct tm, but [year] is the full year). */
export interface Tm {
  sec: number
  min: number
  hour: number
  mday: number // 1..31
  mon: number // 0..11
  year: number // full year (tm_year + 1900)
  wday: number // 0..6, Sunday = 0
  yday: number // 0..365
  isdst: number // 0 / 1
  gmtoff: number // seconds east of UTC
  zone: string
}

/** A zeroed Tm. */
export function tmNew(): Tm {
  return { sec: 0, min: 0, hour: 0, mday: 1, mon: 0, year: 1970, wday: 4, yday: 0, isdst: 0, gmtoff: 0, zone: 'GMT' }
}

// -- Civil calendar -----------------------------------------------------------

/** Days since 1970-01-01 of [y]-[m]-[d] (m 1..12; proleptic Gregorian). */
export function daysFromCivil(y: number, m: number, d: number): number {
  if (m <= 2) y -= 1
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Fill the date fields of [tm] from [days] since the epoch. */
function civilFromDays(tm: Tm, days: number): void {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  tm.year = y
  tm.mon = m - 1
  tm.mday = doy - Math.floor((153 * mp + 2) / 5) + 1
  tm.wday = (((days + 4) % 7) + 7) % 7
  tm.yday = days - daysFromCivil(y, 1, 1)
}

/** Is [y] a leap year? */
function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

/** Broken-down [t] + [off] seconds into [tm]; false when the year leaves
 *  the C int range (gmtime/localtime return NULL). */
function tmSplit(tm: Tm, t: number, off: number): boolean {
  let days: number, secs: number
  if (Math.abs(t) < 9007199254740992) {
    const x = t + off
    days = Math.floor(x / 86400)
    secs = x - days * 86400
    if (secs < 0) { days--; secs += 86400 } else if (secs >= 86400) { days++; secs -= 86400 }
  } else {
    const bx = BigInt(t) + BigInt(off)
    let bd = bx / 86400n
    let bs = bx % 86400n
    if (bs < 0n) { bs += 86400n; bd -= 1n }
    days = Number(bd)
    secs = Number(bs)
  }
  civilFromDays(tm, days)
  const ty = tm.year - 1900
  if (ty > 2147483647 || ty < -2147483648) return false
  tm.hour = Math.floor(secs / 3600)
  tm.min = Math.floor((secs % 3600) / 60)
  tm.sec = secs % 60
  return true
}

// -- Local time zone ----------------------------------------------------------

const MAX_MS = 8.64e15

/** Date's ms for [t] seconds, clamped to Date's range. */
function clampMs(t: number): number {
  const ms = t * 1000
  return ms > MAX_MS ? MAX_MS : ms < -MAX_MS ? -MAX_MS : ms
}

/** Local UTC offset (seconds east) at time [t]. */
export function tzOffsetAt(t: number): number {
  return Math.round(-new Date(clampMs(t)).getTimezoneOffset() * 60)
}

/** January and July offsets of the year containing [t] (out: stdOff, dstOff). */
let stdOff = 0
let dstOff = 0

/** Set stdOff/dstOff for the year of [t]. */
function zoneOffsets(t: number): void {
  const y = new Date(clampMs(t)).getUTCFullYear()
  const jan = new Date(0), jul = new Date(0)
  jan.setUTCFullYear(y, 0, 1)
  jul.setUTCFullYear(y, 6, 1)
  const a = -jan.getTimezoneOffset() * 60, b = -jul.getTimezoneOffset() * 60
  stdOff = Math.round(a < b ? a : b)
  dstOff = Math.round(a < b ? b : a)
}

let zoneFmt: Intl.DateTimeFormat | null = null

/** Short name of the local zone at [t] ("UTC", "CET", "GMT+1"). */
function zoneName(t: number): string {
  try {
    if (zoneFmt === null) zoneFmt = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
    const parts = zoneFmt.formatToParts(new Date(clampMs(t)))
    for (let i = 0; i < parts.length; i++) if (parts[i].type === 'timeZoneName') return parts[i].value
  } catch { /* no Intl: fall through */ }
  return ''
}

/** gmtime(t) into [tm]; false if out of range. */
export function tmGmtime(tm: Tm, t: number): boolean {
  tm.isdst = 0
  tm.gmtoff = 0
  tm.zone = 'GMT'
  return tmSplit(tm, t, 0)
}

/** localtime(t) into [tm]; false if out of range. */
export function tmLocaltime(tm: Tm, t: number): boolean {
  const off = tzOffsetAt(t)
  zoneOffsets(t)
  tm.isdst = stdOff !== dstOff && off > stdOff ? 1 : 0
  tm.gmtoff = off
  tm.zone = zoneName(t)
  return tmSplit(tm, t, off)
}

/** mktime: local time of the (unnormalised) fields, [year] the full year,
 *  [mon] 0-based, [isdst] -1 (unknown), 0 or 1. */
export function tmMktime(
  year: number, mon: number, mday: number, hour: number, min: number, sec: number, isdst: number,
): number {
  const yq = Math.floor(mon / 12)
  const days = daysFromCivil(year + yq, mon - yq * 12 + 1, 1) + (mday - 1)
  const tl = days * 86400 + hour * 3600 + min * 60 + sec
  let t = tl - tzOffsetAt(tl)
  t = tl - tzOffsetAt(t)
  if (isdst >= 0) {
    zoneOffsets(t)
    const dst = stdOff !== dstOff && tzOffsetAt(t) > stdOff ? 1 : 0
    if (dst !== isdst) {
      const delta = stdOff !== dstOff ? dstOff - stdOff : 3600
      t += isdst > 0 ? -delta : delta
    }
  }
  return t
}

// -- strftime -----------------------------------------------------------------

const DAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const DAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MON_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MON_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December']

/** [n] zero-padded to [w] digits (sign first). */
function pad0(n: number, w: number): string {
  const s = String(Math.abs(n))
  const z = s.length < w ? '0'.repeat(w - s.length) + s : s
  return n < 0 ? '-' + z : z
}

/** [n] space-padded to 2 columns. */
function padSp(n: number): string {
  return n < 10 && n >= 0 ? ' ' + n : String(n)
}

/** Non-negative [a] mod [b]. */
function mod(a: number, b: number): number {
  return ((a % b) + b) % b
}

/** glibc's iso_week_days: days since the Monday of ISO week 1 (may be < 0). */
function isoWeekDays(yday: number, wday: number): number {
  const big = (366 / 7 + 2 | 0) * 7
  return yday - ((yday - wday + 4 + big) % 7) + 4 - 1
}

/** ISO 8601 week-based year of [tm] (out: isoWeek). */
let isoWeek = 0

/** Compute the ISO year of [tm]; the week goes to isoWeek. */
function isoYear(tm: Tm): number {
  let year = tm.year
  let days = isoWeekDays(tm.yday, tm.wday)
  if (days < 0) {
    year--
    days = isoWeekDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday)
  } else {
    const d = isoWeekDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday)
    if (d >= 0) { year++; days = d }
  }
  isoWeek = Math.floor(days / 7) + 1
  return year
}

/** 12-hour clock hour of [h]. */
function hour12(h: number): number {
  const r = h % 12
  return r === 0 ? 12 : r
}

/** The text of conversion "%[c]" ([c] a byte) for [tm]. */
export function strftimeConv(tm: Tm, c: number): string {
  switch (c) {
    case 97: return DAY_ABBR[tm.wday] // 'a'
    case 65: return DAY_FULL[tm.wday] // 'A'
    case 98: case 104: return MON_ABBR[tm.mon] // 'b' 'h'
    case 66: return MON_FULL[tm.mon] // 'B'
    case 99: // 'c'
      return DAY_ABBR[tm.wday] + ' ' + MON_ABBR[tm.mon] + ' ' + padSp(tm.mday) + ' ' +
        pad0(tm.hour, 2) + ':' + pad0(tm.min, 2) + ':' + pad0(tm.sec, 2) + ' ' + tm.year
    case 67: return String(Math.floor(tm.year / 100)) // 'C'
    case 100: return pad0(tm.mday, 2) // 'd'
    case 68: case 120: // 'D' 'x'
      return pad0(tm.mon + 1, 2) + '/' + pad0(tm.mday, 2) + '/' + pad0(mod(tm.year, 100), 2)
    case 101: return padSp(tm.mday) // 'e'
    case 70: return tm.year + '-' + pad0(tm.mon + 1, 2) + '-' + pad0(tm.mday, 2) // 'F'
    case 71: return String(isoYear(tm)) // 'G'
    case 103: return pad0(mod(isoYear(tm), 100), 2) // 'g'
    case 72: return pad0(tm.hour, 2) // 'H'
    case 73: return pad0(hour12(tm.hour), 2) // 'I'
    case 106: return pad0(tm.yday + 1, 3) // 'j'
    case 107: return padSp(tm.hour) // 'k'
    case 108: return padSp(hour12(tm.hour)) // 'l'
    case 109: return pad0(tm.mon + 1, 2) // 'm'
    case 77: return pad0(tm.min, 2) // 'M'
    case 110: return '\n' // 'n'
    case 112: return tm.hour < 12 ? 'AM' : 'PM' // 'p'
    case 80: return tm.hour < 12 ? 'am' : 'pm' // 'P'
    case 114: // 'r'
      return pad0(hour12(tm.hour), 2) + ':' + pad0(tm.min, 2) + ':' + pad0(tm.sec, 2) + ' ' +
        (tm.hour < 12 ? 'AM' : 'PM')
    case 82: return pad0(tm.hour, 2) + ':' + pad0(tm.min, 2) // 'R'
    case 83: return pad0(tm.sec, 2) // 'S'
    case 115: // 's': mktime of the fields as local time
      return String(tmMktime(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.isdst))
    case 116: return '\t' // 't'
    case 84: case 88: // 'T' 'X'
      return pad0(tm.hour, 2) + ':' + pad0(tm.min, 2) + ':' + pad0(tm.sec, 2)
    case 117: return String(tm.wday === 0 ? 7 : tm.wday) // 'u'
    case 85: return pad0(Math.floor((tm.yday - tm.wday + 7) / 7), 2) // 'U'
    case 86: isoYear(tm); return pad0(isoWeek, 2) // 'V'
    case 119: return String(tm.wday) // 'w'
    case 87: return pad0(Math.floor((tm.yday - ((tm.wday - 1 + 7) % 7) + 7) / 7), 2) // 'W'
    case 121: return pad0(mod(tm.year, 100), 2) // 'y'
    case 89: return String(tm.year) // 'Y'
    case 122: { // 'z'
      const a = Math.abs(tm.gmtoff)
      return (tm.gmtoff < 0 ? '-' : '+') + pad0(Math.floor(a / 3600) * 100 + Math.floor(a / 60) % 60, 4)
    }
    case 90: return tm.zone // 'Z'
    case 37: return '%' // '%'
    default: {
      const echo = '%' + String.fromCharCode(c)
      // A width digit 3..9 pads glibc's echo of the unknown conversion.
      if (c >= 51 && c <= 57) return ' '.repeat(c - 48 - 2) + echo
      return echo
    }
  }
}

/** Append strftime of format bytes [fmt][from..] for [tm] to the heap's
 *  byte builder, one conversion at a time as lua5.1's os.date (which stops
 *  at the first zero byte). */
export function strftimeTo(H: Heap, tm: Tm, fmt: Uint8Array, from: number): void {
  let n = from
  while (n < fmt.length && fmt[n] !== 0) n++ // the format is a C string: it ends at a zero byte
  let lit = from
  for (let i = from; i < n; i++) {
    if (fmt[i] !== 37 || i + 1 >= n) continue
    if (i > lit) sbPutBytes(H, fmt, lit, i - lit)
    sbPutJS(H, strftimeConv(tm, fmt[i + 1]))
    i++
    lit = i + 1
  }
  if (n > lit) sbPutBytes(H, fmt, lit, n - lit)
}
