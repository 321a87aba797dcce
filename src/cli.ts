// The tracelua command line: lua5.1-compatible options (in progress).
import { readFileSync } from 'node:fs'
import { engineNew, engineDoBuffer } from './vm/engine'
import { outFlush } from './vm/state'
import { LuaThrow } from './vm/error'
import { LoadError } from './vm/load'
import { traceback } from './vm/debug'

/** Run the CLI with [argv] (without node and script). */
function main(argv: string[]): number {
  const L = engineNew()
  L.readFile = (p: string) => { try { return readFileSync(p === '' ? 0 : p) } catch { return null } }
  let i = 0
  let code: Uint8Array | null = null
  let name = ''
  if (argv[0] === '-e') { code = new TextEncoder().encode(argv[1]); name = '=(command line)'; i = 2 }
  else if (argv.length > 0) { code = readFileSync(argv[0]); name = '@' + argv[0]; i = 1 }
  if (code === null) { process.stderr.write('usage: tracelua [-e stat] [script]\n'); return 1 }
  void i
  try {
    engineDoBuffer(L, code, name)
  } catch (e) {
    outFlush(L)
    if (e instanceof LuaThrow || e instanceof LoadError) {
      process.stderr.write('tracelua: ' + e.message + '\n')
      if (e instanceof LuaThrow) process.stderr.write(traceback(L, 0) + '\n')
      return 1
    }
    throw e
  }
  outFlush(L)
  return 0
}

process.exitCode = main(process.argv.slice(2))
