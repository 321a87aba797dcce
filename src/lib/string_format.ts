// string.format: the VM glue around the printf core (src/lib/printf.ts).
//
// printf.ts runs 5.1's str_format loop over the format bytes and takes its
// arguments through a FormatArgs object; this file implements that object
// over the running host call (argument #n is slot L.base + n - 1), with
// lauxlib's checks and messages:
//   check(n)  "bad argument #n to 'format' (no value)" (5.1.5 counts the
//             argument before scanning the spec, so "%5%" and a trailing
//             "%" without an argument report this too);
//   num(n)    luaL_checknumber: numbers, numeric strings;
//   str(n)    luaL_checklstring: strings, numbers (converted in place).
// FormatError (bad spec, invalid option) becomes luaL_error, i.e. the
// message with the calling Lua function's position.
//
// Nothing here runs Lua code, so one argument object and one output buffer
// serve every call. The format string is read from the strData buffer of
// the moment: converting a number argument may replace H.strData, but the
// old buffer keeps its bytes, so the view stays valid for the whole call.
import { TAG_STR } from '../../soa/value'
import { strIntern } from '../rt/str'
import { argCount, argError, checkNum, checkStr, pushObj } from '../vm/aux'
import { luaError } from '../vm/debug'
import type { LuaState } from '../vm/state'
import { bufNew, type ByteBuf } from './pattern'
import { strFormat as printfLoop, FormatError, type FormatArgs } from './printf'

const EMPTY = new Uint8Array(0)

/** FormatArgs over the arguments of the running host call. */
class VmFormatArgs implements FormatArgs {
  L: LuaState | null = null
  sBuf: Uint8Array = EMPTY
  sOff = 0
  sLen = 0

  /** The state of the running call (set by strFormat). */
  private st(): LuaState {
    const L = this.L
    if (L === null) throw new Error('string.format: no running call')
    return L
  }

  /** Argument #[arg] must exist. */
  check(arg: number): void {
    const L = this.st()
    if (arg > argCount(L)) argError(L, arg - 1, 'no value')
  }

  /** luaL_checknumber(arg). */
  num(arg: number): number {
    return checkNum(this.st(), arg - 1)
  }

  /** luaL_checklstring(arg): the bytes of the (converted) argument. */
  str(arg: number): void {
    const L = this.st()
    const id = checkStr(L, arg - 1)
    const H = L.H
    this.sBuf = H.strData
    this.sOff = H.strOff[id]
    this.sLen = H.strLen[id]
  }
}

const args = new VmFormatArgs()
let out: ByteBuf = bufNew(256)

/** Output buffers above this capacity are dropped after use. */
const BUF_KEEP = 1 << 22

/** string.format(fmt, ...) */
export function strFormat(L: LuaState): number {
  const H = L.H
  const fs = checkStr(L, 0)
  const B = out
  B.n = 0
  args.L = L
  try {
    printfLoop(H.strData, H.strOff[fs], H.strLen[fs], args, B)
  } catch (e) {
    if (e instanceof FormatError) luaError(L, e.message)
    throw e
  } finally {
    args.L = null
    args.sBuf = EMPTY
  }
  const id = strIntern(H, B.b, 0, B.n)
  if (B.b.length > BUF_KEEP) out = bufNew(256)
  pushObj(L, TAG_STR, id)
  return 1
}
