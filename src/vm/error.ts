// Errors in flight: the one JS exception class the VM throws and catches.
//
// A Lua error carries a Lua value (hi, lo words). It is thrown as a
// LuaThrow from anywhere (host functions, metamethod slow paths, the
// interpreter) and caught by the interpreter's unwinder, which looks for the
// nearest pcall frame. The value is not rooted while in flight: the GC only
// runs at interpreter safe points, never between throw and catch.
import { TAG_STR } from '../../soa/value'

/** A Lua error value travelling up the JS stack. */
export class LuaThrow extends Error {
  hi: number
  lo: number
  traceback: string
  /** The host exception this error came from, if any. */
  hostCause: unknown

  constructor(hi: number, lo: number, message: string) {
    super(message)
    this.hi = hi >>> 0
    this.lo = lo >>> 0
    this.traceback = ''
    this.hostCause = undefined
  }
}

/** Thrown to stop the VM for a limit (instructions, memory, time ...). */
export class LuaLimitThrow extends Error {
  kind: string
  constructor(kind: string, message: string) {
    super(message)
    this.kind = kind
  }
}

/** A LuaThrow carrying the interned string [sid] (message for JS: [msg]). */
export function throwStr(sid: number, msg: string): never {
  throw new LuaThrow(TAG_STR, sid, msg)
}
