// The os library (loslib): time and date, clock, environment, files by
// name, temporary names, processes and exit, all through the host
// (hostio.ts); calendar arithmetic and strftime live in os_date.ts.
//
// Conversions follow 5.1's C casts: a time argument is (time_t)n (so
// truncated; beyond +-2^63 it is INT64_MIN and os.date answers nil), date
// table fields are (int)lua_tointeger (truncated, wrapped to 32 bits), and
// os.time's fields are read with __index honoured in the order sec, min,
// hour, day, month, year, isdst, so a missing field errors as 5.1 does
// ("field 'day' missing in date table"). mktime returning -1 makes
// os.time return nil, even for 1969-12-31 23:59:59 UTC, as in 5.1.
//
// os.exit flushes standard output and every open io stream, then calls
// host.exit, which throws LuaExit (see hostio.ts): the VM does not catch
// it, so the embedder (CLI) ends the process with its code.
import { TAG_NIL, TAG_STR, TAG_TAB, TAG_TRUE, TAG_FALSE, TAG_NUMX, PAYLOAD_NONE } from '../../soa/value'
import { strFromJS, strToJS, strBytes, sbReset, sbToStr } from '../rt/str'
import { tabNew, tabSetStr } from '../rt/tab'
import { str2d, str2dRes } from '../rt/numparse'
import {
  argTag, checkNum, checkTab, checkStr, optInt, optStr, pushNil, pushBool, pushNum, pushObj,
  pushJS, setFunc, setField,
} from '../vm/aux'
import { luaError } from '../vm/debug'
import { outFlush, type LuaState } from '../vm/state'
import { hostOf, hostErr, ERRNO_UNSUPPORTED } from './hostio'
import { checkOption, pushFail, pushField } from './io_aux'
import { ioFlushAll } from './io'
import { packageSetLoaded } from './package'
import { tmNew, tmGmtime, tmLocaltime, tmMktime, strftimeTo } from './os_date'

const TWO63 = 9223372036854775808

const tm = tmNew()

/** (time_t)[n]: truncated; NaN / out of range give INT64_MIN. */
function toTimeT(n: number): number {
  return Math.abs(n) < TWO63 ? Math.trunc(n) : -TWO63
}

/** The current time_t. */
function now(L: LuaState): number {
  return Math.floor(hostOf(L).time() / 1000)
}

/** The C string (to the first NUL) of string [id]. */
function cStr(L: LuaState, id: number): string {
  const s = strToJS(L.H, id)
  const z = s.indexOf('\0')
  return z >= 0 ? s.slice(0, z) : s
}

/** os.clock() */
function osClock(L: LuaState): number {
  pushNum(L, hostOf(L).clock())
  return 1
}

/** Set field [k] of table [t] to integer [v]. */
function setInt(L: LuaState, t: number, k: string, v: number): void {
  const H = L.H
  const d = tabSetStr(H, t, strFromJS(H, k))
  H.vF[d] = v
}

/** os.date([format [, time]]) */
function osDate(L: LuaState): number {
  const H = L.H
  const fmtId = optStr(L, 0, -1)
  const t = argTag(L, 1) === TAG_NIL ? now(L) : toTimeT(checkNum(L, 1))
  const fmt = fmtId < 0 ? new Uint8Array([37, 99]) : strBytes(H, fmtId).slice()
  let from = 0
  let ok: boolean
  if (fmt.length > 0 && fmt[0] === 33) { from = 1; ok = tmGmtime(tm, t) } // '!'
  else ok = tmLocaltime(tm, t)
  if (!ok) { pushNil(L); return 1 }
  if (fmt.length - from === 2 && fmt[from] === 42 && fmt[from + 1] === 116) { // "*t"
    const r = tabNew(H, 0, 9)
    pushObj(L, TAG_TAB, r)
    setInt(L, r, 'sec', tm.sec)
    setInt(L, r, 'min', tm.min)
    setInt(L, r, 'hour', tm.hour)
    setInt(L, r, 'day', tm.mday)
    setInt(L, r, 'month', tm.mon + 1)
    setInt(L, r, 'year', tm.year)
    setInt(L, r, 'wday', tm.wday + 1)
    setInt(L, r, 'yday', tm.yday + 1)
    setField(L, r, 'isdst', tm.isdst !== 0 ? TAG_TRUE : TAG_FALSE, PAYLOAD_NONE)
    return 1
  }
  sbReset(H)
  strftimeTo(H, tm, fmt, from)
  pushObj(L, TAG_STR, sbToStr(H))
  return 1
}

/** (int)lua_tointeger of the value on top of the stack, or null if it is
 *  not a number (nor a numeric string). Pops it. */
function popInt(L: LuaState): number | null {
  const H = L.H
  const s = --L.top
  const hi = H.vU[2 * s + 1]
  let n: number
  if (hi < TAG_NUMX) n = H.vF[s]
  else if (hi === TAG_STR) {
    const id = H.vU[2 * s]
    n = str2d(H.strData, H.strOff[id], H.strLen[id])
    if (!str2dRes.ok) return null
  } else return null
  return Math.abs(n) < TWO63 ? Math.trunc(n) | 0 : 0
}

/** getfield: date field [k] of table [t], [d] when absent (d < 0: error). */
function getField(L: LuaState, t: number, k: string, d: number): number {
  pushField(L, t, k)
  const v = popInt(L)
  if (v !== null) return v
  if (d < 0) luaError(L, "field '" + k + "' missing in date table")
  return d
}

/** os.time([table]) */
function osTime(L: LuaState): number {
  if (argTag(L, 0) === TAG_NIL) { pushNum(L, now(L)); return 1 }
  const t = checkTab(L, 0)
  L.top = L.base + 1
  const sec = getField(L, t, 'sec', 0)
  const min = getField(L, t, 'min', 0)
  const hour = getField(L, t, 'hour', 12)
  const day = getField(L, t, 'day', -1)
  const mon = (getField(L, t, 'month', -1) - 1) | 0
  const year = ((getField(L, t, 'year', -1) - 1900) | 0) + 1900
  pushField(L, t, 'isdst')
  const dt = L.H.vU[2 * (--L.top) + 1]
  const isdst = dt === TAG_NIL ? -1 : dt === TAG_FALSE ? 0 : 1
  const r = tmMktime(year, mon, day, hour, min, sec, isdst)
  if (r === -1) pushNil(L)
  else pushNum(L, r)
  return 1
}

/** os.difftime(t2 [, t1]) */
function osDifftime(L: LuaState): number {
  const a = toTimeT(checkNum(L, 0))
  const b = argTag(L, 1) === TAG_NIL ? 0 : toTimeT(checkNum(L, 1))
  pushNum(L, a - b)
  return 1
}

/** os.execute([command]) */
function osExecute(L: LuaState): number {
  const cmd = optStr(L, 0, -1)
  outFlush(L)
  try {
    pushNum(L, hostOf(L).execute(cmd < 0 ? null : cStr(L, cmd)))
  } catch (e) {
    luaError(L, hostErr(e).message)
  }
  return 1
}

/** os.exit([code]) */
function osExit(L: LuaState): number {
  const code = optInt(L, 0, 0)
  ioFlushAll(L)
  return hostOf(L).exit(code | 0)
}

/** os.getenv(name) */
function osGetenv(L: LuaState): number {
  const v = hostOf(L).env(cStr(L, checkStr(L, 0)))
  if (v === null) pushNil(L)
  else pushJS(L, v)
  return 1
}

/** os.remove(filename) */
function osRemove(L: LuaState): number {
  const name = checkStr(L, 0)
  try {
    hostOf(L).remove(cStr(L, name))
  } catch (e) {
    return pushFail(L, hostErr(e), name)
  }
  pushBool(L, true)
  return 1
}

/** os.rename(oldname, newname) */
function osRename(L: LuaState): number {
  const from = checkStr(L, 0)
  const to = checkStr(L, 1)
  try {
    hostOf(L).rename(cStr(L, from), cStr(L, to))
  } catch (e) {
    return pushFail(L, hostErr(e), from)
  }
  pushBool(L, true)
  return 1
}

const LC_NAMES = ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time']

/** os.setlocale([locale [, category]]): only the C locale exists. */
function osSetlocale(L: LuaState): number {
  const l = optStr(L, 0, -1)
  checkOption(L, 1, 'all', LC_NAMES)
  if (l < 0) { pushJS(L, 'C'); return 1 }
  const s = cStr(L, l)
  if (s === 'C' || s === 'POSIX' || s === '') pushJS(L, 'C')
  else pushNil(L)
  return 1
}

/** os.tmpname() */
function osTmpname(L: LuaState): number {
  let name: string
  try {
    name = hostOf(L).tmpname()
  } catch (e) {
    const he = hostErr(e)
    luaError(L, he.errno === ERRNO_UNSUPPORTED ? he.message : 'unable to generate a unique filename')
  }
  pushJS(L, name)
  return 1
}

/** Open the os library. */
export function openOs(L: LuaState): void {
  const H = L.H
  const os = tabNew(H, 0, 11)
  setFunc(L, os, 'clock', osClock)
  setFunc(L, os, 'date', osDate)
  setFunc(L, os, 'difftime', osDifftime)
  setFunc(L, os, 'execute', osExecute)
  setFunc(L, os, 'exit', osExit)
  setFunc(L, os, 'getenv', osGetenv)
  setFunc(L, os, 'remove', osRemove)
  setFunc(L, os, 'rename', osRename)
  setFunc(L, os, 'setlocale', osSetlocale)
  setFunc(L, os, 'time', osTime)
  setFunc(L, os, 'tmpname', osTmpname)
  setField(L, H.globals, 'os', TAG_TAB, os)
  packageSetLoaded(L, 'os', TAG_TAB, os)
}
