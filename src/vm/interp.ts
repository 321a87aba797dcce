// The interpreter: one dispatch loop over the global bytecode array.
//
// vmExecute runs from L.base/L.pc (a Lua frame set up by vmPrecall) until
// a frame returns to a host caller (FRAME_C) or the running coroutine
// yields. The loop keeps the hot state in locals: pc, base, the arena views
// F/U, the current closure and its constant slots kn (numbers) and kg (GC
// constants). Invariant: L.base === base at all times; L.pc is stored
// before anything that may throw or call. After any call out that may
// allocate (tables, closures, strings, calls) the views are reloaded.
//
// Fast paths are inline (number arithmetic, array-part and string-key
// table access, Lua calls); everything else goes to a slow path in meta.ts
// that either finishes inline (returns 0) or calls a metamethod through a
// continuation frame (returns 1), after which the loop reloads its state
// from L. Errors are LuaThrow exceptions: the catch at the bottom unwinds
// to the nearest pcall frame of this loop's level or rethrows.
import { BC, MM } from '../../soa/bc'
import { PROTO_UV_LOCAL, PROTO_VARARG } from '../../soa/proto'
import {
  TAG_NIL, TAG_FALSE, TAG_TRUE, TAG_STR, TAG_TAB, TAG_UDATA, TAG_FUNC, TAG_NUMX, PAYLOAD_NONE,
} from '../../soa/value'
import { tabNew, tabDup, tabGetNum, tabSetInt, tabNext, tabResizeArray } from '../rt/tab'
import { picLookupStr } from '../rt/pic'
import { fnNewLua, uvFind, uvClose } from '../rt/func'
import { gcCheck } from '../rt/gc'
import { rtError, linkTail, linkPlain } from './debug'
import { vmPrecall, vmReturn, stackCheck, callMeta } from './call'
import {
  vmGet, vmSet, vmArith, mcLookup, mcFill, tcStore, tcFill, vmCompare, vmEqual, vmConcat, vmLen, vmUnm, cmpOut, toNum, numOut, luaPow,
} from './meta'
import { vmUnwind } from './unwind'
import { bitFast, FF_BIT_MAX } from '../lib/bit'
import { hookIns } from './hook'
import { CONT_RET, FRAME_CONT, FRAME_VARG, LUA_MINSTACK, STACK_EXTRA, type LuaState } from './state'

const HOTLOOP = 56

// JIT hook contract: when a hot counter trips, the loop stores L.pc (and
// L.base is current) and calls L.jitHook(L, pc). The hook may record, or run
// a compiled trace that updates the stack and leaves L.base/L.pc at the
// snapshot's exit; the loop then reloads all its state from L.

/** Run the interpreter from L.base/L.pc. Returns 1 when a frame returned to
 *  a host caller (results at its base-2, L.nres), 2 when the coroutine
 *  yields (L.yielding values below L.top). */
export function vmExecute(L: LuaState): number {
  for (;;) {
    try {
      return execLoop(L)
    } catch (e) {
      const r = vmUnwind(L, e)
      if (r === 1) return 1
    }
  }
}

/** The dispatch loop proper. */
function execLoop(L: LuaState): number {
  const H = L.H
  let F = H.vF, U = H.vU
  let bc = H.bc
  let base = L.base
  let pc = L.pc
  let cl = U[2 * (base - 2)]
  let pt = H.fnProto[cl]
  let kn = H.ptKnum[pt]
  let kg = H.ptKgc[pt]
  const hot = L.hot
  const jit = L.jitHook
  const scratch = L.scratch | 0
  const ffHost = L.ffHost
  const hookOn = L.hookOn // debug hooks (hook.ts): [0] set = hooked thread

  for (;;) {
    if (hookOn[0] !== 0 && hookIns(L, pc) !== 0) { F = H.vF; U = H.vU; bc = H.bc; base = L.base } // debug hook
    const ins = bc[pc++]
    const a = (ins >>> 8) & 0xff
    switch (ins & 0xff) {
      // -- Comparisons (each followed by a JMP) --------------------------------
      // One case per ordered comparison; the number case inline.
      case BC.ISLT: {
        const x = base + a, y = base + (ins >>> 16)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) {
          if (F[x] < F[y]) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        L.pc = pc
        if (vmCompare(L, x, y, false, false) === 0) {
          if (cmpOut) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        if (L.yielding !== 0) return 2
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }
      case BC.ISGE: {
        const x = base + a, y = base + (ins >>> 16)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) {
          if (!(F[x] < F[y])) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        L.pc = pc
        if (vmCompare(L, x, y, false, true) === 0) {
          if (cmpOut) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        if (L.yielding !== 0) return 2
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }
      case BC.ISLE: {
        const x = base + a, y = base + (ins >>> 16)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) {
          if (F[x] <= F[y]) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        L.pc = pc
        if (vmCompare(L, x, y, true, false) === 0) {
          if (cmpOut) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        if (L.yielding !== 0) return 2
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }
      case BC.ISGT: {
        const x = base + a, y = base + (ins >>> 16)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) {
          if (!(F[x] <= F[y])) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        L.pc = pc
        if (vmCompare(L, x, y, true, true) === 0) {
          if (cmpOut) pc += (bc[pc] >>> 16) - 0x8000 + 1
          else pc++
          break
        }
        if (L.yielding !== 0) return 2
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }
      case BC.ISEQV: case BC.ISNEV: {
        const x = base + a, y = base + (ins >>> 16)
        const neg = (ins & 0xff) === BC.ISNEV
        const hx = U[2 * x + 1], hy = U[2 * y + 1]
        let c: boolean
        if (hx < TAG_NUMX) c = hy < TAG_NUMX && F[x] === F[y]
        else if (hx !== hy) c = false
        else if (U[2 * x] === U[2 * y]) c = true
        else if (hx !== TAG_TAB && hx !== TAG_UDATA) c = false
        else {
          L.pc = pc
          if (vmEqual(L, x, y, neg) !== 0) {
            if (L.yielding !== 0) return 2
            F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
            cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
            break
          }
          c = cmpOut !== neg
        }
        if (c !== neg) pc += (bc[pc] >>> 16) - 0x8000 + 1
        else pc++
        break
      }
      case BC.ISEQS: case BC.ISNES: {
        const x = base + a, k = kg + (ins >>> 16)
        const c = U[2 * x + 1] === TAG_STR && U[2 * x] === U[2 * k]
        if (c !== ((ins & 0xff) === BC.ISNES)) pc += (bc[pc] >>> 16) - 0x8000 + 1
        else pc++
        break
      }
      case BC.ISEQN: case BC.ISNEN: {
        const x = base + a, k = kn + (ins >>> 16)
        const c = U[2 * x + 1] < TAG_NUMX && F[x] === F[k]
        if (c !== ((ins & 0xff) === BC.ISNEN)) pc += (bc[pc] >>> 16) - 0x8000 + 1
        else pc++
        break
      }
      case BC.ISEQP: case BC.ISNEP: {
        const c = U[2 * (base + a) + 1] === (~(ins >>> 16)) >>> 0
        if (c !== ((ins & 0xff) === BC.ISNEP)) pc += (bc[pc] >>> 16) - 0x8000 + 1
        else pc++
        break
      }

      // -- Unary test and copy -----------------------------------------------
      case BC.ISTC: case BC.ISFC: {
        const s = base + (ins >>> 16)
        const truthy = U[2 * s + 1] < TAG_FALSE
        if (truthy === ((ins & 0xff) === BC.ISTC)) {
          const d = base + a
          U[2 * d] = U[2 * s]; U[2 * d + 1] = U[2 * s + 1]
          pc += (bc[pc] >>> 16) - 0x8000 + 1
        } else pc++
        break
      }
      case BC.IST: case BC.ISF: {
        const truthy = U[2 * (base + (ins >>> 16)) + 1] < TAG_FALSE
        if (truthy === ((ins & 0xff) === BC.IST)) pc += (bc[pc] >>> 16) - 0x8000 + 1
        else pc++
        break
      }

      // -- Unary ops -----------------------------------------------------------
      case BC.MOV: {
        const d = 2 * (base + a), s = 2 * (base + (ins >>> 16))
        U[d] = U[s]; U[d + 1] = U[s + 1]
        break
      }
      case BC.NOT: {
        const d = base + a
        U[2 * d] = PAYLOAD_NONE
        U[2 * d + 1] = U[2 * (base + (ins >>> 16)) + 1] < TAG_FALSE ? TAG_FALSE : TAG_TRUE
        break
      }
      case BC.UNM: {
        const s = base + (ins >>> 16)
        if (U[2 * s + 1] < TAG_NUMX) { F[base + a] = -F[s]; break }
        L.pc = pc
        if (vmUnm(L, base + a, s) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.LEN: {
        const s = base + (ins >>> 16)
        if (U[2 * s + 1] === TAG_STR) { F[base + a] = H.strLen[U[2 * s]]; break }
        L.pc = pc
        if (vmLen(L, base + a, s) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }

      // -- Binary arithmetic ---------------------------------------------------
      // One case per common op (no operand decode or inner switch); the
      // constant operand of VN/NV is a number by construction.
      case BC.ADDVN: {
        const x = base + (ins >>> 24), y = kn + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX) { F[base + a] = F[x] + F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.add) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.SUBVN: {
        const x = base + (ins >>> 24), y = kn + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX) { F[base + a] = F[x] - F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.sub) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.MULVN: {
        const x = base + (ins >>> 24), y = kn + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX) { F[base + a] = F[x] * F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.mul) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.DIVVN: {
        const x = base + (ins >>> 24), y = kn + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX) { F[base + a] = F[x] / F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.div) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.ADDNV: {
        const x = kn + ((ins >>> 16) & 0xff), y = base + (ins >>> 24)
        if (U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] + F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.add) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.SUBNV: {
        const x = kn + ((ins >>> 16) & 0xff), y = base + (ins >>> 24)
        if (U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] - F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.sub) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.MULNV: {
        const x = kn + ((ins >>> 16) & 0xff), y = base + (ins >>> 24)
        if (U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] * F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.mul) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.DIVNV: {
        const x = kn + ((ins >>> 16) & 0xff), y = base + (ins >>> 24)
        if (U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] / F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.div) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.ADDVV: {
        const x = base + (ins >>> 24), y = base + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] + F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.add) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.SUBVV: {
        const x = base + (ins >>> 24), y = base + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] - F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.sub) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.MULVV: {
        const x = base + (ins >>> 24), y = base + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] * F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.mul) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.DIVVV: {
        const x = base + (ins >>> 24), y = base + ((ins >>> 16) & 0xff)
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) { F[base + a] = F[x] / F[y]; break }
        L.pc = pc
        if (vmArith(L, base + a, x, y, MM.div) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.MODVN:
      case BC.MODNV: case BC.MODVV: case BC.POW: {
        const op = ins & 0xff
        let x: number, y: number
        if (op <= BC.MODVN) { x = base + (ins >>> 24); y = kn + ((ins >>> 16) & 0xff) }
        else if (op <= BC.MODNV) { x = kn + ((ins >>> 16) & 0xff); y = base + (ins >>> 24) }
        else { x = base + (ins >>> 24); y = base + ((ins >>> 16) & 0xff) }
        if (U[2 * x + 1] < TAG_NUMX && U[2 * y + 1] < TAG_NUMX) {
          const vx = F[x], vy = F[y]
          let r: number
          switch (op) {
            case BC.ADDVN: case BC.ADDNV: case BC.ADDVV: r = vx + vy; break
            case BC.SUBVN: case BC.SUBNV: case BC.SUBVV: r = vx - vy; break
            case BC.MULVN: case BC.MULNV: case BC.MULVV: r = vx * vy; break
            case BC.DIVVN: case BC.DIVNV: case BC.DIVVV: r = vx / vy; break
            case BC.POW: r = luaPow(vx, vy); break
            default: r = vx - Math.floor(vx / vy) * vy
          }
          F[base + a] = r
          break
        }
        const mm = op === BC.POW ? MM.pow : MM.add + ((op - BC.ADDVN) % 5)
        L.pc = pc
        if (vmArith(L, base + a, x, y, mm) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.CAT: {
        const b = ins >>> 24, c = (ins >>> 16) & 0xff
        L.pc = pc
        L.top = base + H.ptFrameSize[pt]
        if (vmConcat(L, b, c) === 0) {
          F = H.vF; U = H.vU
          const d = 2 * (base + a), s = 2 * (base + b)
          U[d] = U[s]; U[d + 1] = U[s + 1]
          H.thTop[L.th] = L.top
          gcCheck(H)
          F = H.vF; U = H.vU
          break
        }
        if (L.yielding !== 0) return 2
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }

      // -- Constants -----------------------------------------------------------
      case BC.KSTR: {
        const d = 2 * (base + a), s = 2 * (kg + (ins >>> 16))
        U[d] = U[s]; U[d + 1] = U[s + 1]
        break
      }
      case BC.KSHORT: F[base + a] = (ins >> 16); break
      case BC.KNUM: {
        const d = 2 * (base + a), s = 2 * (kn + (ins >>> 16))
        U[d] = U[s]; U[d + 1] = U[s + 1]
        break
      }
      case BC.KPRI: {
        const d = 2 * (base + a)
        U[d] = PAYLOAD_NONE; U[d + 1] = (~(ins >>> 16)) >>> 0
        break
      }
      case BC.KNIL: {
        const e = base + (ins >>> 16)
        for (let s = base + a; s <= e; s++) { U[2 * s] = PAYLOAD_NONE; U[2 * s + 1] = TAG_NIL }
        break
      }

      // -- Upvalues and closures -----------------------------------------------
      case BC.UGET: {
        const s = H.uvSlot[H.fnUvIds[H.fnUv[cl] + (ins >>> 16)]]
        const d = 2 * (base + a)
        U[d] = U[2 * s]; U[d + 1] = U[2 * s + 1]
        break
      }
      case BC.USETV: case BC.USETS: case BC.USETN: case BC.USETP: {
        const d = 2 * H.uvSlot[H.fnUvIds[H.fnUv[cl] + a]]
        const op = ins & 0xff
        const dd = ins >>> 16
        if (op === BC.USETP) { U[d] = PAYLOAD_NONE; U[d + 1] = (~dd) >>> 0; break }
        const s = 2 * (op === BC.USETV ? base + dd : op === BC.USETS ? kg + dd : kn + dd)
        U[d] = U[s]; U[d + 1] = U[s + 1]
        break
      }
      case BC.UCLO: {
        uvClose(H, L.th, base + a)
        pc += (ins >>> 16) - 0x8000
        break
      }
      case BC.FNEW: {
        const cp = U[2 * (kg + (ins >>> 16))]
        L.pc = pc
        const c = fnNewLua(H, cp, H.fnEnv[cl])
        const nuv = H.ptNuv[cp]
        const dOff = H.ptUvDesc[cp]
        for (let i = 0; i < nuv; i++) {
          const desc = H.uvDesc[dOff + i]
          const uv = (desc & PROTO_UV_LOCAL) !== 0
            ? uvFind(H, L.th, base + (desc & 0xff))
            : H.fnUvIds[H.fnUv[cl] + desc]
          H.fnUvIds[H.fnUv[c] + i] = uv
        }
        F = H.vF; U = H.vU
        const d = 2 * (base + a)
        U[d] = c; U[d + 1] = TAG_FUNC
        L.top = base + H.ptFrameSize[pt]
        H.thTop[L.th] = L.top
        gcCheck(H)
        F = H.vF; U = H.vU
        break
      }

      // -- Tables --------------------------------------------------------------
      case BC.TNEW: case BC.TDUP: {
        L.pc = pc
        const d = ins >>> 16
        let t: number
        if ((ins & 0xff) === BC.TNEW) {
          const hb = d >>> 11
          const na = d & 0x7ff // LuaJIT counts slot 0: keys 1..na-1
          t = tabNew(H, na > 0 ? na - 1 : 0, hb !== 0 ? 1 << hb : 0)
        } else t = tabDup(H, U[2 * (kg + d)])
        F = H.vF; U = H.vU
        U[2 * (base + a)] = t; U[2 * (base + a) + 1] = TAG_TAB
        L.top = base + H.ptFrameSize[pt]
        H.thTop[L.th] = L.top
        gcCheck(H)
        F = H.vF; U = H.vU
        break
      }
      case BC.GGET: {
        const k = kg + (ins >>> 16)
        const t = H.fnEnv[cl], sh = H.tabShape[t], q = (pc - 1) * 4
        const s = sh !== 0 && H.picShape[q] === sh ? H.tabFields[t] + H.picSlot[q] : picLookupStr(H, pc - 1, t, U[2 * k])
        if (s >= 0 && U[2 * s + 1] !== TAG_NIL) {
          const d = 2 * (base + a)
          U[d] = U[2 * s]; U[d + 1] = U[2 * s + 1]
          break
        }
        U[2 * scratch] = t; U[2 * scratch + 1] = TAG_TAB
        L.pc = pc
        if (vmGet(L, scratch, k, base + a) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.TGETS: {
        const k = kg + ((ins >>> 16) & 0xff), o = base + (ins >>> 24)
        if (U[2 * o + 1] === TAG_TAB) {
          // Shape guard + fixed slot from the site's inline cache.
          const t = U[2 * o], sh = H.tabShape[t], q = (pc - 1) * 4
          const s = sh !== 0 && H.picShape[q] === sh ? H.tabFields[t] + H.picSlot[q] : picLookupStr(H, pc - 1, t, U[2 * k])
          if (s >= 0 && U[2 * s + 1] !== TAG_NIL) {
            const d = 2 * (base + a)
            U[d] = U[2 * s]; U[d + 1] = U[2 * s + 1]
            break
          }
          if (H.tabMeta[t] !== 0) {
            // Own value nil: the key through cached __index tables.
            const m = mcLookup(L, pc - 1, t, U[2 * k])
            if (m >= 0) {
              const d = 2 * (base + a)
              U[d] = U[2 * m]; U[d + 1] = U[2 * m + 1]
              break
            }
            L.pc = pc
            if (vmGet(L, o, k, base + a) !== 0) {
              if (L.yielding !== 0) return 2
              F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
              cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
            } else mcFill(L, pc - 1, t, U[2 * k])
            break
          }
        }
        L.pc = pc
        if (vmGet(L, o, k, base + a) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.TGETV: case BC.TGETB: case BC.TGETR: {
        const o = base + (ins >>> 24)
        let k: number
        if ((ins & 0xff) === BC.TGETB) { k = scratch + 1; F[k] = (ins >>> 16) & 0xff } else k = base + ((ins >>> 16) & 0xff)
        if (U[2 * o + 1] === TAG_TAB && U[2 * k + 1] < TAG_NUMX) {
          const t = U[2 * o], n = F[k]
          const asz = H.tabAsize[t]
          let s: number
          if (n >= 1 && n <= asz && (n | 0) === n) s = H.tabArr[t] + n - 1
          else s = tabGetNum(H, t, n)
          if (s >= 0 && U[2 * s + 1] !== TAG_NIL) {
            const d = 2 * (base + a)
            U[d] = U[2 * s]; U[d + 1] = U[2 * s + 1]
            break
          }
        }
        L.pc = pc
        if (vmGet(L, o, k, base + a) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        }
        break
      }
      case BC.GSET: case BC.TSETS: {
        const k = kg + ((ins & 0xff) === BC.GSET ? ins >>> 16 : (ins >>> 16) & 0xff)
        let o: number
        if ((ins & 0xff) === BC.GSET) {
          o = scratch
          U[2 * o] = H.fnEnv[cl]; U[2 * o + 1] = TAG_TAB
        } else o = base + (ins >>> 24)
        const v = base + a
        if (U[2 * o + 1] === TAG_TAB) {
          const t = U[2 * o], sh = H.tabShape[t], q = (pc - 1) * 4
          const s = sh !== 0 && H.picShape[q] === sh ? H.tabFields[t] + H.picSlot[q] : picLookupStr(H, pc - 1, t, U[2 * k])
          if (s >= 0 && U[2 * s + 1] !== TAG_NIL) {
            U[2 * s] = U[2 * v]; U[2 * s + 1] = U[2 * v + 1]
            break
          }
          if (s >= 0 && H.tabMeta[t] === 0) {
            // A nil field of a table without a metatable (a template's key):
            // store, and drop the nomm cache as every new value must.
            U[2 * s] = U[2 * v]; U[2 * s + 1] = U[2 * v + 1]
            H.tabNomm[t] = 0
            break
          }
          if (s < 0 && sh !== 0 && H.tabMeta[t] === 0) {
            // A new key: the site's cached shape transition, or learn it.
            const n = tcStore(L, pc - 1, t)
            if (n >= 0) { F = H.vF; U = H.vU; U[2 * n] = U[2 * v]; U[2 * n + 1] = U[2 * v + 1]; break }
            L.pc = pc
            L.top = base + H.ptFrameSize[pt]
            vmSet(L, o, k, v) // no metatable: finishes inline
            F = H.vF; U = H.vU
            tcFill(L, pc - 1, t, sh)
            break
          }
        }
        L.pc = pc
        L.top = base + H.ptFrameSize[pt]
        if (vmSet(L, o, k, v) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        } else { F = H.vF; U = H.vU }
        break
      }
      case BC.TSETV: case BC.TSETB: case BC.TSETR: {
        const o = base + (ins >>> 24)
        let k: number
        if ((ins & 0xff) === BC.TSETB) { k = scratch + 1; F[k] = (ins >>> 16) & 0xff } else k = base + ((ins >>> 16) & 0xff)
        const v = base + a
        if (U[2 * o + 1] === TAG_TAB && U[2 * k + 1] < TAG_NUMX) {
          const t = U[2 * o], n = F[k]
          let s = -1
          if (n >= 1 && n <= H.tabAsize[t] && (n | 0) === n) s = H.tabArr[t] + n - 1
          else s = tabGetNum(H, t, n)
          if (s >= 0 && (U[2 * s + 1] !== TAG_NIL || H.tabMeta[t] === 0)) {
            U[2 * s] = U[2 * v]; U[2 * s + 1] = U[2 * v + 1]
            H.tabNomm[t] = 0
            break
          }
        }
        L.pc = pc
        L.top = base + H.ptFrameSize[pt]
        if (vmSet(L, o, k, v) !== 0) {
          if (L.yielding !== 0) return 2
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        } else { F = H.vF; U = H.vU }
        break
      }
      case BC.TSETM: {
        const t = U[2 * (base + a - 1)]
        let idx = (F[kn + (ins >>> 16)] - 4503599627370496) | 0
        const n = L.multres
        // lua5.1's SETLIST sizes the array part to the last index first, so
        // #{f()} counts trailing values after nils as 5.1 does.
        if (idx + n - 1 > H.tabAsize[t]) tabResizeArray(H, t, idx + n - 1)
        for (let i = 0; i < n; i++, idx++) {
          const d = tabSetInt(H, t, idx)
          U = H.vU
          const s = 2 * (base + a + i)
          U[2 * d] = U[s]; U[2 * d + 1] = U[s + 1]
        }
        F = H.vF; U = H.vU
        break
      }

      // -- Calls ---------------------------------------------------------------
      case BC.CALL: case BC.CALLM: {
        const f = base + a
        const nargs = (ins & 0xff) === BC.CALL ? ((ins >>> 16) & 0xff) - 1 : ((ins >>> 16) & 0xff) + L.multres
        F[f + 1] = pc * 8
        let ff = 0
        if (U[2 * f + 1] === TAG_FUNC && hookOn[0] === 0) { // hooked calls: vmPrecall
          // Fast path: Lua function with fixed arguments and stack room.
          const fn = U[2 * f], p = H.fnProto[fn]
          if (p !== 0 && (H.ptFlags[p] & PROTO_VARARG) === 0) {
            const nb = f + 2, fs = H.ptFrameSize[p]
            if (nb + fs + STACK_EXTRA + 2 <= L.stackEnd) {
              for (let i = nargs, np = H.ptNumParams[p]; i < np; i++) {
                U[2 * (nb + i)] = PAYLOAD_NONE; U[2 * (nb + i) + 1] = TAG_NIL
              }
              base = nb; L.base = nb; L.top = nb + fs
              pc = H.ptBc[p] + 1
              cl = fn; pt = p; kn = H.ptKnum[p]; kg = H.ptKgc[p]
              if ((L.budget -= H.ptSizeBc[p]) < 0) { L.pc = pc; L.onBudget(L) }
              break
            }
          } else if (p === 0 && (ff = ffHost[H.fnHost[fn]]) !== 0 && ff <= FF_BIT_MAX &&
            bitFast(ff, F, U, f + 2, nargs, f)) {
            // Fast function: one number result in slot f, no host frame.
            const wanted = (ins >>> 24) - 1
            if (wanted < 0) L.multres = 1
            else for (let i = 1; i < wanted; i++) { U[2 * (f + i)] = PAYLOAD_NONE; U[2 * (f + i) + 1] = TAG_NIL }
            break
          } else if (p === 0 && fn !== L.pcallFn && fn !== L.xpcallFn && f + 2 + nargs + LUA_MINSTACK <= L.stackEnd) {
            // Fast path: host function, results copied straight back.
            L.base = f + 2; L.top = f + 2 + nargs; L.pc = pc
            const n = H.hostFns[H.fnHost[fn]](L)
            if (L.yielding !== 0) return 2
            F = H.vF; U = H.vU; bc = H.bc
            base = L.base - 2 - a // the stack may have moved
            const dst = base + a, res = L.top - n, wanted = (ins >>> 24) - 1
            for (let i = 0; i < n; i++) { U[2 * (dst + i)] = U[2 * (res + i)]; U[2 * (dst + i) + 1] = U[2 * (res + i) + 1] }
            if (wanted < 0) L.multres = n
            else for (let i = n; i < wanted; i++) { U[2 * (dst + i)] = PAYLOAD_NONE; U[2 * (dst + i) + 1] = TAG_NIL }
            L.base = base
            L.top = base + H.ptFrameSize[pt]
            break
          }
        }
        L.pc = pc
        const r = vmPrecall(L, f, nargs)
        if (r > 1) return r === 2 ? 2 : 1
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        if (jit !== null && r === 1) {
          const h = (pc >> 2) & 63
          if (--hot[h] === 0) { hot[h] = HOTLOOP; L.pc = pc; jit(L, pc); F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc; cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt] }
        }
        break
      }
      case BC.CALLT: case BC.CALLMT: {
        const f = base + a
        let nargs = (ins & 0xff) === BC.CALLT ? (ins >>> 16) - 1 : (ins >>> 16) + L.multres
        if (U[2 * f + 1] !== TAG_FUNC) {
          // Resolve __call while the caller's frame still names the value.
          L.pc = pc
          callMeta(L, f, nargs)
          nargs++
          F = H.vF; U = H.vU
        }
        const fnId = U[2 * f]
        if (H.fnProto[fnId] === 0 && fnId !== L.pcallFn && fnId !== L.xpcallFn) {
          // A host callee in tail position runs with this frame still in
          // place (5.1: names and positions in its errors); a CONT_RET
          // continuation returns its results from this frame.
          L.pc = pc
          L.top = base + H.ptFrameSize[pt]
          if (f + nargs + 8 > L.stackEnd) {
            const d = stackCheck(L, f + nargs + 4, 8)
            base += d
            F = H.vF; U = H.vU
          }
          const g = base + a
          for (let i = g + 1 + nargs; i >= g; i--) { U[2 * (i + 2)] = U[2 * i]; U[2 * (i + 2) + 1] = U[2 * i + 1] }
          F[g] = CONT_RET
          F[g + 1] = pc
          F[g + 3] = (g + 4 - base) * 8 + FRAME_CONT
          const r = vmPrecall(L, g + 2, nargs)
          if (r > 1) return r === 2 ? 2 : 1
          F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
          break
        }
        let b = base
        const link = F[b - 1]
        if ((link & 7) === FRAME_VARG) b -= ((link - FRAME_VARG) / 8) | 0
        if (H.fnProto[fnId] !== 0) F[b - 1] = linkTail(F[b - 1]) // 5.1 tail-call count (debug.ts)
        // Move function and arguments down over the current frame.
        U[2 * (b - 2)] = U[2 * f]; U[2 * (b - 2) + 1] = U[2 * f + 1]
        for (let i = 0; i < nargs; i++) {
          const d = 2 * (b + i), s = 2 * (f + 2 + i)
          U[d] = U[s]; U[d + 1] = U[s + 1]
        }
        L.pc = pc
        L.base = b
        const r = vmPrecall(L, b - 2, nargs)
        if (r > 1) return r === 2 ? 2 : 1
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }
      case BC.ITERC: {
        const f = base + a
        U[2 * f] = U[2 * (f - 3)]; U[2 * f + 1] = U[2 * (f - 3) + 1]
        U[2 * (f + 2)] = U[2 * (f - 2)]; U[2 * (f + 2) + 1] = U[2 * (f - 2) + 1]
        U[2 * (f + 3)] = U[2 * (f - 1)]; U[2 * (f + 3) + 1] = U[2 * (f - 1) + 1]
        F[f + 1] = pc * 8
        L.pc = pc
        const r = vmPrecall(L, f, 2)
        if (r > 1) return r === 2 ? 2 : 1
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }
      case BC.ITERN: {
        const f = base + a
        L.pc = pc
        const r = tabNext(H, U[2 * (f - 2)], f - 1, f)
        if (r > 0) {
          U[2 * (f - 1)] = U[2 * f]; U[2 * (f - 1) + 1] = U[2 * f + 1]
          pc += (bc[pc] >>> 16) - 0x8000 + 1
        } else if (r === 0) pc++
        else rtError(L, "invalid key to 'next'")
        break
      }
      case BC.ISNEXT: {
        const f = base + a
        const target = pc + (ins >>> 16) - 0x8000
        if (U[2 * (f - 3) + 1] === TAG_FUNC && U[2 * (f - 3)] === L.nextFn &&
          U[2 * (f - 2) + 1] === TAG_TAB && U[2 * (f - 1) + 1] === TAG_NIL) {
          pc = target
        } else {
          // Despecialise: ISNEXT -> JMP, ITERN -> ITERC (as LuaJIT does).
          bc[pc - 1] = (ins & 0xffffff00) | BC.JMP
          bc[target] = (bc[target] & 0xffffff00) | BC.ITERC
          pc = target
        }
        break
      }
      case BC.VARG: {
        const link = F[base - 1]
        const delta = ((link - FRAME_VARG) / 8) | 0
        const np = H.ptNumParams[pt]
        const nargs = delta - 2
        const nv = nargs > np ? nargs - np : 0
        const src = base - delta + np
        const want = (ins >>> 24) - 1
        const d = base + a
        if (want < 0) {
          if (d + nv + STACK_EXTRA > L.stackEnd) {
            L.pc = pc
            const mv = stackCheck(L, d + nv, STACK_EXTRA)
            base += mv
            F = H.vF; U = H.vU
          }
          const dd = base + a, ss = base - delta + np
          for (let i = 0; i < nv; i++) { U[2 * (dd + i)] = U[2 * (ss + i)]; U[2 * (dd + i) + 1] = U[2 * (ss + i) + 1] }
          L.multres = nv
        } else {
          for (let i = 0; i < want; i++) {
            if (i < nv) { U[2 * (d + i)] = U[2 * (src + i)]; U[2 * (d + i) + 1] = U[2 * (src + i) + 1] }
            else { U[2 * (d + i)] = PAYLOAD_NONE; U[2 * (d + i) + 1] = TAG_NIL }
          }
        }
        break
      }

      // -- Returns -------------------------------------------------------------
      case BC.RETM: case BC.RET: case BC.RET0: case BC.RET1: {
        const op = ins & 0xff
        const n = op === BC.RETM ? (ins >>> 16) + L.multres : (ins >>> 16) - 1
        let link = F[base - 1]
        if ((link & 7) === 4) link = linkPlain(link) // tail-called Lua frame (debug.ts)
        if ((link & 7) === 0 && hookOn[0] === 0) { // hooked returns: vmReturn
          // Fast path: return to a Lua frame.
          const retpc = (link / 8) | 0
          const ci = bc[retpc - 1]
          const wanted = (ci >>> 24) - 1
          const dst = base - 2
          const res = base + a
          for (let i = 0; i < n; i++) {
            U[2 * (dst + i)] = U[2 * (res + i)]; U[2 * (dst + i) + 1] = U[2 * (res + i) + 1]
          }
          if (wanted < 0) L.multres = n
          else for (let i = n; i < wanted; i++) { U[2 * (dst + i)] = PAYLOAD_NONE; U[2 * (dst + i) + 1] = TAG_NIL }
          base = dst - ((ci >>> 8) & 0xff)
          L.base = base
          pc = retpc
          cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
          L.top = base + H.ptFrameSize[pt]
          break
        }
        L.pc = pc
        if (vmReturn(L, base, base + a, n) !== 0) return 1
        F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc
        cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt]
        break
      }

      // -- Loops and branches --------------------------------------------------
      case BC.FORI: case BC.JFORI: {
        const x = base + a
        if (U[2 * x + 1] >= TAG_NUMX || U[2 * (x + 1) + 1] >= TAG_NUMX || U[2 * (x + 2) + 1] >= TAG_NUMX) {
          L.pc = pc
          forCoerce(L, x)
        }
        const stop = F[x + 1], step = F[x + 2]
        const i = (F[x] - step) + step // 5.1's FORPREP subtracts, FORLOOP adds
        F[x] = i
        if (step > 0 ? i <= stop : i >= stop) F[x + 3] = i
        else pc += (ins >>> 16) - 0x8000
        break
      }
      case BC.FORL: case BC.IFORL: case BC.JFORL: {
        const x = base + a
        const step = F[x + 2]
        const i = F[x] + step
        F[x] = i
        if (step > 0 ? i <= F[x + 1] : i >= F[x + 1]) {
          F[x + 3] = i
          pc += (ins >>> 16) - 0x8000
          if ((L.budget -= 0x8000 - (ins >>> 16)) < 0) { L.pc = pc; L.onBudget(L) }
          if (jit !== null) {
            const h = (pc >> 2) & 63
            if (--hot[h] === 0) { hot[h] = HOTLOOP; L.pc = pc; jit(L, pc); F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc; cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt] }
          }
        }
        break
      }
      case BC.ITERL: case BC.IITERL: case BC.JITERL: {
        const x = base + a
        if (U[2 * x + 1] !== TAG_NIL) {
          U[2 * (x - 1)] = U[2 * x]; U[2 * (x - 1) + 1] = U[2 * x + 1]
          pc += (ins >>> 16) - 0x8000
          if ((L.budget -= 0x8000 - (ins >>> 16)) < 0) { L.pc = pc; L.onBudget(L) }
        }
        break
      }
      case BC.LOOP: case BC.ILOOP: case BC.JLOOP:
        if ((L.budget -= (ins >>> 16) - 0x8000 + 1) < 0) { L.pc = pc; L.onBudget(L) }
        if (jit !== null) {
          const h = (pc >> 2) & 63
          if (--hot[h] === 0) { hot[h] = HOTLOOP; L.pc = pc; jit(L, pc); F = H.vF; U = H.vU; bc = H.bc; base = L.base; pc = L.pc; cl = U[2 * (base - 2)]; pt = H.fnProto[cl]; kn = H.ptKnum[pt]; kg = H.ptKgc[pt] }
        }
        break
      case BC.JMP: {
        const d = (ins >>> 16) - 0x8000
        pc += d
        if (d < 0 && (L.budget += d) < 0) { L.pc = pc; L.onBudget(L) }
        break
      }
      case BC.FUNCF: case BC.IFUNCF: case BC.JFUNCF: case BC.FUNCV: case BC.IFUNCV:
      case BC.JFUNCV:
        break
      default:
        L.pc = pc
        rtError(L, 'bad bytecode ' + (ins & 0xff))
    }
  }
}

/** Names of the FORI operands for their error messages. */
const FOR_WHAT: readonly string[] = ["'for' initial value", "'for' limit", "'for' step"]

/** FORI with a non-number operand: coerce strings as 5.1 does, or raise
 *  "'for' initial value must be a number" and friends. */
function forCoerce(L: LuaState, x: number): void {
  const what = FOR_WHAT
  for (let i = 0; i < 3; i++) {
    if (!toNum(L, x + i)) rtError(L, what[i] + ' must be a number')
    L.H.vF[x + i] = numOut
  }
}

