// Backend interface: the only module of codegen/ that src/ may import.
//
// A backend turns a finished trace (src/jit/state.ts Trace: IR words,
// constants, snapshots, loop ref) into an entry point. The contract:
//
//   code(F, U, base) runs the trace with the stack frame whose local 0 is
//   arena slot `base` (F/U: the current H.vF/H.vU views). It returns the
//   exit number n after writing snapshot n's slots to the stack, numbers as
//   doubles through F, everything else as two u32 words through U. The
//   caller (src/jit/trace.ts) then resumes the interpreter at the
//   snapshot's pc (snapRestore).
//
// The JS backend (codegen/js) is always available unless the host forbids
// `new Function` (CSP); then backendDefault() still returns it but
// compile() yields null and the VM stays interpreter-only. A native
// backend (codegen/x64) will plug in here with the same contract.
import type { Heap } from '../src/rt/heap'
import type { Trace, TraceFn } from '../src/jit/state'
import { jsCompile, jsSource } from './js/emit'

/** A JIT backend. */
export interface Backend {
  name: string
  /** Compile [T] for heap [H]; null if code cannot be generated here. */
  compile(H: Heap, T: Trace): TraceFn | null
  /** Human-readable generated code for -jdump (empty if none). */
  source(T: Trace): string
}

const jsBackend: Backend = {
  name: 'js',
  compile: jsCompile,
  source: jsSource,
}

/** The backend the engine uses by default. */
export function backendDefault(): Backend {
  return jsBackend
}
