// Bytecode listings in the shape of `luajit -bl` (jit/bc.lua).
//
//   -- BYTECODE -- "local a = f(1,2)":0-1
//   0001    GGET     0   0      ; "f"
//   0002 => KSHORT   2   1          (=> marks a jump target)
//   ...
//
// Children are listed before their parent, in constant order, as bc.lua
// walks the GC constants. Operands are shown by mode: jumps as targets,
// ABC ops as A B C, AD ops as A D, with a comment for string, number,
// function and upvalue operands. Output is a binary string (one char per
// byte), like string constants.

import { BC, BCM, BC_NAMES, bcModeA, bcModeB, bcModeC, bcOp } from '../../soa/bc'
import type { ProtoOut } from '../../soa/proto'
import { bytesToBin } from './lex'

/** Format [n] as Lua 5.1's tostring does ("%.14g"). */
export function fmtNum(n: number): string {
  if (n !== n) return 'nan'
  if (n === Infinity) return 'inf'
  if (n === -Infinity) return '-inf'
  if (n === 0) return Object.is(n, -0) ? '-0' : '0'
  if (Number.isInteger(n) && n < 1e14 && n > -1e14) return String(n)
  const ex = roundTo14(n) // [-]d.ddddddddddddde[+-]x
  const neg = n < 0
  const epos = ex.indexOf('e')
  const x = parseInt(ex.slice(epos + 1), 10)
  const digits = ex.slice(neg ? 1 : 0, epos).replace('.', '') // 14 digits
  let out: string
  if (x < -4 || x >= 14) {
    const frac = digits.slice(1).replace(/0+$/, '')
    const ax = x < 0 ? -x : x
    out = digits[0] + (frac === '' ? '' : '.' + frac) + 'e' + (x < 0 ? '-' : '+') +
      (ax < 10 ? '0' + ax : String(ax))
  } else if (x >= 0) {
    const frac = digits.slice(x + 1).replace(/0+$/, '')
    out = digits.slice(0, x + 1) + (frac === '' ? '' : '.' + frac)
  } else {
    out = '0.' + '0'.repeat(-x - 1) + digits.replace(/0+$/, '')
  }
  return neg ? '-' + out : out
}

/** [n] with 14 significant digits as toExponential(13) gives it, but
 *  rounding exact ties to even as C's printf does (JS rounds them up). */
function roundTo14(n: number): string {
  const ex = n.toExponential(13)
  const e14 = n.toExponential(14)
  const ep = e14.indexOf('e')
  if (e14.charCodeAt(ep - 1) !== 53) return ex // 15th digit is not '5'
  const full = n.toExponential(99) // exact when the expansion is short
  const fp = full.indexOf('e')
  for (let i = ep; i < fp; i++) {
    if (full.charCodeAt(i) !== 48) return ex // more digits: not a tie
  }
  // Exact tie: round half to even on the 14th digit.
  const last = ex.charCodeAt(ex.indexOf('e') - 1) - 48
  if ((last & 1) === 0) return ex
  return n > 0 ? (n - Math.abs(n) * 1e-15).toExponential(13)
    : (n + Math.abs(n) * 1e-15).toExponential(13)
}

/** Left-pad [s] with spaces to [w]. */
function padL(s: string, w: number): string {
  while (s.length < w) s = ' ' + s
  return s
}

/** Right-pad [s] with spaces to [w]. */
function padR(s: string, w: number): string {
  while (s.length < w) s += ' '
  return s
}

/** Four-digit pc. */
function pc4(pc: number): string {
  let s = String(pc)
  while (s.length < 4) s = '0' + s
  return s
}

/** Location of [p] as lj_debug_pushloc prints it (line [line]). */
export function protoLoc(p: ProtoOut, line: number): string {
  const s = p.chunkname
  if (s.charCodeAt(0) === 64) { // '@': base name of the file
    let name = s.slice(1)
    for (let i = name.length - 1; i >= 0; i--) {
      const c = name.charCodeAt(i)
      if (c === 47 || c === 92) { name = name.slice(i + 1); break }
    }
    return name + ':' + line
  }
  if (s.length > 40) return '0x0:' + line // LuaJIT prints the address
  if (s.charCodeAt(0) === 61) return s.slice(1) + ':' + line
  return '"' + s + '":' + line
}

/** Quote string constant [b] as bc.lua does. */
function quoteStr(b: Uint8Array): string {
  const raw = bytesToBin(b, 0, b.length)
  let s = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 10) s += '\\n'
    else if (c === 13) s += '\\r'
    else if (c === 9) s += '\\t'
    else if (c < 32 || c === 127) s += '\\' + padL(String(c), 3).replace(/ /g, '0')
    else s += raw[i]
  }
  return raw.length > 40 ? '"' + s.slice(0, 40) + '"~' : '"' + s + '"'
}

/** Constant operand comment for [p]'s instruction [ins], or null. */
function operandComment(p: ProtoOut, op: number, d: number): string | null {
  const mc = bcModeC(op)
  if (mc === BCM.str) {
    const k = p.kgc[d]
    return k !== undefined && k.k === 'str' ? quoteStr(k.s) : null
  }
  if (mc === BCM.num) {
    let n = p.knum[d]
    if (op === BC.TSETM) n -= 4503599627370496
    return fmtNum(n)
  }
  if (mc === BCM.func) {
    const k = p.kgc[d]
    return k !== undefined && k.k === 'proto' ? protoLoc(k.p, k.p.firstline) : null
  }
  if (mc === BCM.uv) return p.uvnames[d] ?? null
  return null
}

/** One listing line for instruction [pc] of [p]; [target] marks it. */
export function bcLine(p: ProtoOut, pc: number, target: boolean): string {
  const ins = p.bc[pc]
  const op = bcOp(ins)
  const ma = bcModeA(op)
  const mb = bcModeB(op)
  const mc = bcModeC(op)
  const a = (ins >>> 8) & 0xff
  const s = pc4(pc) + ' ' + (target ? '=>' : '  ') + ' ' +
    padR(BC_NAMES[op] ?? '???', 6) + ' ' + padL(ma === BCM.none ? '' : String(a), 3) + ' '
  let d = ins >>> 16
  if (mc === BCM.jump) return s + '=> ' + pc4(pc + d - 0x7fff) + '\n'
  if (mb !== BCM.none) d &= 0xff
  else if (mc === BCM.none) return s + '\n'
  let kc = operandComment(p, op, d)
  if (ma === BCM.uv) {
    const ka = p.uvnames[a] ?? ''
    kc = kc !== null ? ka + ' ; ' + kc : ka
  }
  if (mb !== BCM.none) {
    const b = ins >>> 24
    if (kc !== null) return s + padL(String(b), 3) + ' ' + padL(String(d), 3) + '  ; ' + kc + '\n'
    return s + padL(String(b), 3) + ' ' + padL(String(d), 3) + '\n'
  }
  if (kc !== null) return s + padL(String(d), 3) + '      ; ' + kc + '\n'
  if (mc === BCM.lits && d > 32767) d -= 65536
  return s + padL(String(d), 3) + '\n'
}

/** Listing of [p] alone (no children). */
function listOne(p: ProtoOut): string {
  const n = p.bc.length
  const target = new Uint8Array(n + 1)
  for (let pc = 1; pc < n; pc++) {
    const ins = p.bc[pc]
    if (bcModeC(bcOp(ins)) === BCM.jump) {
      const t = pc + (ins >>> 16) - 0x7fff
      if (t >= 0 && t <= n) target[t] = 1
    }
  }
  let out = '-- BYTECODE -- ' + protoLoc(p, p.firstline) + '-' +
    (p.firstline + p.numline) + '\n'
  for (let pc = 1; pc < n; pc++) out += bcLine(p, pc, target[pc] === 1)
  return out + '\n'
}

/** Listing of [p] and its children (children first), like luajit -bl. */
export function bcList(p: ProtoOut): string {
  let out = ''
  for (let i = 0; i < p.kgc.length; i++) {
    const k = p.kgc[i]
    if (k.k === 'proto') out += bcList(k.p)
  }
  return out + listOne(p)
}
