// Trace errors: why recording stopped (LuaJIT's lj_traceerr.h names).
//
// A recorder abort throws TraceAbort carrying one of these codes; the trace
// manager catches it, applies a penalty to the start pc and reports the
// message as -jv does ("[TRACE --- f.lua:3 -- NYI: bytecode 51]"). The
// messages are LuaJIT's, so people can search them.

/** Trace error codes, in LuaJIT's order. ORDER TRERR. */
export enum TraceError {
  NONE,
  RECERR, TRACEUV, TRACEOV, STACKOV, BLACKL, RETRY, NYIBC,
  LLEAVE, LINNER, LUNROLL,
  BADTYPE, CJITOFF, CUNROLL, DOWNREC, NYIFFU, NYIRETL,
  STORENN, NOMM, IDXLOOP, NYITMIX,
  NOCACHE, NYITGET, NYITSET,
  GFAIL, PHIOV, TYPEINS,
  SNAPOV, NYIUV, NYIGLOBAL,
  _MAX,
}

/** Messages, indexed by TraceError; %s is replaced by the detail. */
export const TRACE_ERROR_MSG: readonly string[] = [
  '',
  'error thrown or hook called during recording',
  'trace too short',
  'trace too long',
  'trace too deep',
  'blacklisted',
  'retry recording',
  'NYI: bytecode %s',
  'leaving loop in root trace',
  'inner loop in root trace',
  'loop unroll limit reached',
  'bad argument type',
  'JIT compilation disabled for function',
  'call unroll limit reached',
  'down-recursion, restarting',
  'NYI: unsupported variant of FastFunc %s',
  'NYI: return to lower frame',
  'store with nil or NaN key',
  'missing metamethod',
  'looping index lookup',
  'NYI: mixed sparse/dense table',
  'table lookup not cached',
  'NYI: table get %s',
  'NYI: table set %s',
  'guard would always fail',
  'too many PHIs',
  'persistent type instability',
  'too many snapshots',
  'NYI: upvalue %s',
  'NYI: global %s',
]

/** Thrown by the recorder and the passes to abort a trace. */
export class TraceAbort {
  constructor(readonly code: TraceError, readonly info: string) {}
}

/** Abort recording with [code] and detail [info]. */
export function traceAbort(code: TraceError, info: string): never {
  throw new TraceAbort(code, info)
}

/** The message of an abort, with its detail. */
export function traceErrorMsg(code: TraceError, info: string): string {
  return TRACE_ERROR_MSG[code].replace('%s', info)
}
