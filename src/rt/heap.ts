// Heap: the one object that owns every Lua object, as stores of typed-array
// columns indexed by id, plus the value arena and the bytecode arena.
//
// Stores (ids from 1, 0 = none; xxxTop = next never-used id, xxxFreeId =
// head of the free-id list, linked through a column named in each file;
// xxxFlag = FL_* bits from soa/heap.ts):
//
//   str   src/rt/str.ts    interned byte strings, bytes in strData
//   tab   src/rt/tab.ts    tables (array part, field slots, hash nodes)
//   sh    src/rt/shape.ts  shapes (transition tree); PICs in src/rt/pic.ts
//   fn    src/rt/func.ts   Lua and host closures
//   uv    src/rt/func.ts   upvalues
//   th    src/rt/thread.ts coroutines, one stack each in the value arena
//   pt    src/rt/proto.ts  prototypes, bytecode in H.bc
//   ud    src/rt/udata.ts  userdata
// plus src/rt/arena.ts (value and bytecode arenas), src/rt/gc.ts (the
// collector), src/rt/verify.ts (debug consistency check), src/rt/grow.ts.
//
// Views: vF/vU/fnUvIds are views of one ArrayBuffer (vBuf) and bc/uvDesc of
// another (bcBuf); arenaGrow/bcGrow replace them. Any caller that cached a
// view in a local reloads it after a call that may allocate.
//
// Safe points: allocation never collects; the interpreter calls gcCheck
// where every live value is reachable from a root (thread stacks up to
// thTop, so H.thTop of the running thread must be current; H.curThread set).
// H.tmpSlot is one scratch slot for callers; it is not a root.
import type { HostFn } from '../vm/state'
import type { VarInfoOut } from '../../soa/proto'
import { ARENA_NCLASS, MM, MM_NAMES, FL_FIXED } from '../../soa/heap'
import { assertLittleEndian } from '../../soa/value'
import { strFromJS } from './str'
import { tabNew } from './tab'
import { thNew } from './thread'
import { shapeInit } from './shape'
import { arenaAllocNil } from './arena'
import { PROTO_DEBUG_NONE } from './proto'

/** The heap. Built only by heapNew; data fields only. */
export interface Heap {
  // -- value arena (src/rt/arena.ts) --
  vBuf: ArrayBuffer
  vF: Float64Array
  vU: Uint32Array
  fnUvIds: Int32Array // i32 view of vBuf: upvalue id lists of Lua closures
  vCap: number // slots in vBuf
  vTop: number // bump pointer (slot)
  vFree: Int32Array // free-list head per size class, 0 = empty
  // -- bytecode arena --
  bcBuf: ArrayBuffer
  bc: Uint32Array // all bytecode of all protos
  uvDesc: Uint16Array // u16 view of bcBuf: upvalue descriptors
  bcLine: Int32Array // line per instruction, parallel to bc
  bcProto: Int32Array // proto id per instruction, parallel to bc
  bcCap: number
  bcTop: number
  bcFree: Int32Array
  picShape: Int32Array // PIC_WAYS entries per bc index (soa/tab.ts)
  picSlot: Int32Array
  // -- GC accounting and state (src/rt/gc.ts) --
  gcBytes: number
  gcThreshold: number
  gcPause: number
  gcStepMul: number
  gcStress: boolean
  gcCredit: number // gcStep work credit in bytes
  gcCycles: number // completed collections
  gcGray: Int32Array // gray stack: pairs (kind, id)
  gcGrayN: number
  gcAux: Int32Array // tables to revisit after marking (weak, dead keys)
  gcAuxN: number
  gcTodo: Int32Array // userdata whose __gc is due (interpreter pops)
  gcTodoN: number
  gcPins: Map<number, number> // pinned value key -> refcount
  gcMarkHook: ((H: Heap) => void) | null
  // -- strings --
  strOff: Int32Array
  strLen: Int32Array
  strHash: Uint32Array
  strNext: Int32Array // intern chain / free-id link
  strFlag: Uint8Array
  strCap: number
  strTop: number
  strFreeId: number
  strCount: number
  strTab: Int32Array // intern buckets (heads)
  strTabMask: number
  strData: Uint8Array // string bytes, 8-byte header each
  strDataTop: number
  strDataDead: number
  strJS: (string | null)[] // decoded-string cache by id
  sbBuf: Uint8Array // byte builder
  sbN: number
  mmName: Int32Array // string id per MM
  // -- tables --
  tabMeta: Int32Array
  tabArr: Int32Array
  tabAsize: Int32Array
  tabShape: Int32Array
  tabFields: Int32Array
  tabFcap: Int32Array
  tabNode: Int32Array
  tabHmask: Int32Array // nodes-1, -1 = no hash part
  tabLastFree: Int32Array
  tabNomm: Uint32Array
  tabFlag: Uint8Array
  tabCap: number
  tabTop: number
  tabFreeId: number
  // -- shapes --
  shParent: Int32Array
  shKey: Int32Array
  shCount: Int32Array
  shDesc: Int32Array
  shNext: Int32Array // transition chain / free-id link
  shFlag: Uint8Array
  shCap: number
  shTop: number
  shFreeId: number
  shTrans: Int32Array // transition buckets
  shTransMask: number
  shTransN: number
  // -- closures --
  fnProto: Int32Array
  fnHost: Int32Array
  fnEnv: Int32Array
  fnUv: Int32Array // index into fnUvIds (Lua closures)
  fnUpv: Int32Array // arena slot of host upvalue values
  fnNuv: Uint8Array
  fnFlag: Uint8Array
  fnCap: number
  fnTop: number
  fnFreeId: number
  hostFns: HostFn[]
  hostNames: string[]
  // -- upvalues --
  uvSlot: Int32Array
  uvOwn: Int32Array
  uvNext: Int32Array
  uvFlag: Uint8Array
  uvCap: number
  uvTop: number
  uvFreeId: number
  // -- threads --
  thStack: Int32Array
  thSize: Int32Array
  thTop: Int32Array
  thBase: Int32Array
  thPc: Int32Array
  thStatus: Uint8Array
  thOpenUv: Int32Array
  thAux0: Int32Array
  thAux1: Int32Array
  thFlag: Uint8Array
  thCap: number
  thTopId: number
  thFreeId: number
  // -- protos --
  ptBc: Int32Array
  ptSizeBc: Int32Array
  ptBlock: Int32Array // bc arena words owned (bc + uvdesc)
  ptNumParams: Uint8Array
  ptFrameSize: Uint8Array
  ptFlags: Uint8Array
  ptNuv: Uint8Array
  ptUvDesc: Int32Array
  ptKnum: Int32Array
  ptKgc: Int32Array
  ptNkn: Int32Array
  ptNkgc: Int32Array
  ptFirstLine: Int32Array
  ptNumLine: Int32Array
  ptFlag: Uint8Array
  ptCap: number
  ptTop: number
  ptFreeId: number
  ptDebug: ProtoDebug[] // PROTO_DEBUG_NONE for free ids
  // -- userdata --
  udMeta: Int32Array
  udEnv: Int32Array
  udHost: Int32Array
  udFlag: Uint8Array
  udCap: number
  udTop: number
  udFreeId: number
  hostObjs: unknown[] // index 0 unused
  hostObjFree: number[]
  // -- roots --
  registry: number
  globals: number
  mainThread: number
  curThread: number
  typeMeta: Int32Array // metatable per type index (soa/value TYPE_NAMES)
  tmpSlot: number // one arena slot of scratch for callers (not a root)
  // scratch for number <-> words
  scratchF: Float64Array
  scratchU: Uint32Array
}

/** Debug metadata of a proto (not a Lua object). */
export interface ProtoDebug {
  chunkname: string
  varinfo: VarInfoOut // locals: parallel names / pc pairs
  uvnames: readonly string[]
}

/** Options for heapNew. */
export interface HeapOpts {
  gcStress?: boolean
}

// Initial capacities (grown by doubling).
const V_CAP0 = 1 << 16
const BC_CAP0 = 1 << 12
const ID_CAP0 = 256
const STR_DATA0 = 1 << 16
const MAIN_STACK = 1024

/** Create a heap with registry, globals, main thread and metamethod names. */
export function heapNew(opts?: HeapOpts): Heap {
  assertLittleEndian()
  const vBuf = new ArrayBuffer(8 * V_CAP0)
  const bcBuf = new ArrayBuffer(4 * BC_CAP0)
  const scratch = new ArrayBuffer(8)
  const n = ID_CAP0
  const H: Heap = {
    vBuf, vF: new Float64Array(vBuf), vU: new Uint32Array(vBuf), fnUvIds: new Int32Array(vBuf),
    vCap: V_CAP0, vTop: 1, vFree: new Int32Array(ARENA_NCLASS),
    bcBuf, bc: new Uint32Array(bcBuf), uvDesc: new Uint16Array(bcBuf),
    bcLine: new Int32Array(BC_CAP0), bcProto: new Int32Array(BC_CAP0),
    bcCap: BC_CAP0, bcTop: 1, bcFree: new Int32Array(ARENA_NCLASS),
    picShape: new Int32Array(4 * BC_CAP0), picSlot: new Int32Array(4 * BC_CAP0),
    gcBytes: 0, gcThreshold: 0, gcPause: 200, gcStepMul: 200,
    gcStress: opts !== undefined && opts.gcStress === true, gcCredit: 0, gcCycles: 0,
    gcGray: new Int32Array(1024), gcGrayN: 0, gcAux: new Int32Array(64), gcAuxN: 0,
    gcTodo: new Int32Array(16), gcTodoN: 0, gcPins: new Map<number, number>(), gcMarkHook: null,
    strOff: new Int32Array(n), strLen: new Int32Array(n), strHash: new Uint32Array(n),
    strNext: new Int32Array(n), strFlag: new Uint8Array(n), strCap: n, strTop: 1,
    strFreeId: 0, strCount: 0, strTab: new Int32Array(256), strTabMask: 255,
    strData: new Uint8Array(STR_DATA0), strDataTop: 0, strDataDead: 0,
    strJS: new Array<string | null>(n).fill(null),
    sbBuf: new Uint8Array(256), sbN: 0, mmName: new Int32Array(MM._MAX),
    tabMeta: new Int32Array(n), tabArr: new Int32Array(n), tabAsize: new Int32Array(n),
    tabShape: new Int32Array(n), tabFields: new Int32Array(n), tabFcap: new Int32Array(n),
    tabNode: new Int32Array(n), tabHmask: new Int32Array(n), tabLastFree: new Int32Array(n),
    tabNomm: new Uint32Array(n), tabFlag: new Uint8Array(n), tabCap: n, tabTop: 1, tabFreeId: 0,
    shParent: new Int32Array(n), shKey: new Int32Array(n), shCount: new Int32Array(n),
    shDesc: new Int32Array(n), shNext: new Int32Array(n), shFlag: new Uint8Array(n),
    shCap: n, shTop: 1, shFreeId: 0, shTrans: new Int32Array(256), shTransMask: 255, shTransN: 0,
    fnProto: new Int32Array(n), fnHost: new Int32Array(n), fnEnv: new Int32Array(n),
    fnUv: new Int32Array(n), fnUpv: new Int32Array(n), fnNuv: new Uint8Array(n),
    fnFlag: new Uint8Array(n), fnCap: n, fnTop: 1, fnFreeId: 0, hostFns: [], hostNames: [],
    uvSlot: new Int32Array(n), uvOwn: new Int32Array(n), uvNext: new Int32Array(n),
    uvFlag: new Uint8Array(n), uvCap: n, uvTop: 1, uvFreeId: 0,
    thStack: new Int32Array(n), thSize: new Int32Array(n), thTop: new Int32Array(n),
    thBase: new Int32Array(n), thPc: new Int32Array(n), thStatus: new Uint8Array(n),
    thOpenUv: new Int32Array(n), thAux0: new Int32Array(n), thAux1: new Int32Array(n),
    thFlag: new Uint8Array(n), thCap: n, thTopId: 1, thFreeId: 0,
    ptBc: new Int32Array(n), ptSizeBc: new Int32Array(n), ptBlock: new Int32Array(n),
    ptNumParams: new Uint8Array(n), ptFrameSize: new Uint8Array(n), ptFlags: new Uint8Array(n),
    ptNuv: new Uint8Array(n), ptUvDesc: new Int32Array(n), ptKnum: new Int32Array(n),
    ptKgc: new Int32Array(n), ptNkn: new Int32Array(n), ptNkgc: new Int32Array(n),
    ptFirstLine: new Int32Array(n), ptNumLine: new Int32Array(n), ptFlag: new Uint8Array(n),
    ptCap: n, ptTop: 1, ptFreeId: 0, ptDebug: [PROTO_DEBUG_NONE],
    udMeta: new Int32Array(n), udEnv: new Int32Array(n), udHost: new Int32Array(n),
    udFlag: new Uint8Array(n), udCap: n, udTop: 1, udFreeId: 0,
    hostObjs: [null], hostObjFree: [],
    registry: 0, globals: 0, mainThread: 0, curThread: 0, typeMeta: new Int32Array(16), tmpSlot: 0,
    scratchF: new Float64Array(scratch), scratchU: new Uint32Array(scratch),
  }
  H.vU[0] = 0xffffffff // slot 0 reserved: nil
  H.vU[1] = 0xffffffff
  for (let mm = 0; mm < MM._MAX; mm++) {
    const s = strFromJS(H, MM_NAMES[mm])
    H.mmName[mm] = s
    H.strFlag[s] |= FL_FIXED
  }
  shapeInit(H)
  H.tmpSlot = arenaAllocNil(H, 1)
  H.registry = tabNew(H, 0, 0)
  H.globals = tabNew(H, 0, 0)
  H.mainThread = thNew(H, MAIN_STACK)
  H.curThread = H.mainThread
  H.gcThreshold = gcThresholdFloor(H)
  return H
}

/** Threshold right after heapNew: twice the base heap, at least 256 KB. */
function gcThresholdFloor(H: Heap): number {
  return Math.max(2 * H.gcBytes, 256 * 1024)
}

// -- The heap API (one import site for the VM) -------------------------------
export {
  arenaAlloc, arenaAllocNil, arenaFree, arenaGrow, arenaSize, bcAlloc, bcFree, bcGrow,
} from './arena'
export {
  strIntern, strFromJS, strToJS, strBytes, strByte, strCmp, strHashBytes,
  sbReset, sbPutStr, sbPutBytes, sbPutByte, sbPutJS, sbLen, sbToStr,
} from './str'
export {
  tabNew, tabDup, tabFree, tabGetStr, tabGetInt, tabGetNum, tabGetKey,
  tabSetStr, tabSetInt, tabSetNum, tabSetKey, tabLen, tabNext, tabClear,
  tabResize, tabResizeArray, tabToDict,
} from './tab'
export { shapeFind, shapeKeyAt, shapeChild } from './shape'
export { picGrow, picLookupStr, picSetStr } from './pic'
export { fnNewLua, fnNewHost, hostFnRegister, uvNew, uvFind, uvClose, uvIsOpen } from './func'
export { thNew, thGrow } from './thread'
export { protoLoad, PROTO_DEBUG_NONE } from './proto'
export { udNew, hostObjAdd } from './udata'
export {
  gcCollect, gcCheck, gcStep, gcSetPause, gcSetStepMul, gcCount, gcPin, gcUnpin,
  gcMarkValue, gcTodoPop,
} from './gc'
export { heapVerify } from './verify'
