// io library: open modes and failures, read formats (*n as glibc scanf,
// *l as 5.1's fgets loop), write, seek, setvbuf, buffering, lines
// iterators, default input/output, stdin, popen, tmpfile, standard files,
// file handles' metatable. Expectations recorded from lua5.1 (osio_run.ts).
import { describe, it, expect } from 'vitest'
import { runCase, testHost, type Case } from './osio_run'
import { engineNew, engineDoBuffer } from '../../src/vm/engine'
import { hostInstall } from '../../src/lib/hostio'
import { ioFlushAll } from '../../src/lib/io'

const CASES: Case[] = [
  {
    name: "read *n like fscanf %lf",
    src: "local function try(s, ...)\n  local f = io.open(TMP .. '/t.dat', 'wb'); f:write(s); f:close()\n  f = io.open(TMP .. '/t.dat', 'rb')\n  local r = {f:read(...)}\n  local rest = f:read('*a')\n  f:close()\n  local o = {}\n  for i=1,#r+1 do o[#o+1] = tostring(r[i]) end\n  print(string.format('%q', s), table.concat(o, ','), string.format('%q', rest))\nend\n\nfor _, s in ipairs{'1ex', '  12.5e+3xyz', '0x1Fp2 ', '0x', '0xg', '.5', '.', '.e5', '-.5e', '+-1', 'inf', '-Infinity!',\n  'nan(abc)x', 'nanx', '-nan', 'in', 'nx5', 'infx', 'infinx', '-0x', '-0x1', '+ 1', '1e+', '1,2', '12345678901234567890',\n  '0x1.8', '1.5.3', '00012', 'e5', '0e', '1e5e', '0x.p1', '0x.8p', '  ', '-', '0x1P-1', '\\t\\v\\f\\r 3', '1e400', '-1e-400'} do\n  try(s, '*n')\nend\ntry('1 2 3', '*n', '*n', '*n', '*n')\ntry('5 x', '*n', '*n', '*l')\ntry('\\n\\n 7\\n', '*n', '*l', '*l')",
    want: "\"1ex\"\t1,nil\t\"x\"\n\"  12.5e+3xyz\"\t12500,nil\t\"xyz\"\n\"0x1Fp2 \"\t124,nil\t\" \"\n\"0x\"\tnil\t\"\"\n\"0xg\"\tnil\t\"g\"\n\".5\"\t0.5,nil\t\"\"\n\".\"\tnil\t\"\"\n\".e5\"\tnil\t\"e5\"\n\"-.5e\"\t-0.5,nil\t\"\"\n\"+-1\"\tnil\t\"-1\"\n\"inf\"\tinf,nil\t\"\"\n\"-Infinity!\"\t-inf,nil\t\"!\"\n\"nan(abc)x\"\tnan,nil\t\"(abc)x\"\n\"nanx\"\tnan,nil\t\"x\"\n\"-nan\"\t-nan,nil\t\"\"\n\"in\"\tnil\t\"\"\n\"nx5\"\tnil\t\"5\"\n\"infx\"\tinf,nil\t\"x\"\n\"infinx\"\tnil\t\"\"\n\"-0x\"\tnil\t\"\"\n\"-0x1\"\t-1,nil\t\"\"\n\"+ 1\"\tnil\t\" 1\"\n\"1e+\"\t1,nil\t\"\"\n\"1,2\"\t1,nil\t\",2\"\n\"12345678901234567890\"\t1.2345678901235e+19,nil\t\"\"\n\"0x1.8\"\t1.5,nil\t\"\"\n\"1.5.3\"\t1.5,nil\t\".3\"\n\"00012\"\t12,nil\t\"\"\n\"e5\"\tnil\t\"e5\"\n\"0e\"\t0,nil\t\"\"\n\"1e5e\"\t100000,nil\t\"e\"\n\"0x.p1\"\t0,nil\t\"p1\"\n\"0x.8p\"\t0.5,nil\t\"\"\n\"  \"\tnil\t\"\"\n\"-\"\tnil\t\"\"\n\"0x1P-1\"\t0.5,nil\t\"\"\n\"\t\u000b\f\\r 3\"\t3,nil\t\"\"\n\"1e400\"\tinf,nil\t\"\"\n\"-1e-400\"\t-0,nil\t\"\"\n\"1 2 3\"\t1,2,3,nil\t\"\"\n\"5 x\"\t5,nil\t\"x\"\n\"\\\n\\\n 7\\\n\"\t7,,nil\t\"\"\n",
  },
  {
    name: "read *l, *a, counts",
    src: "local function try(s, ...)\n  local f = io.open(TMP .. '/t.dat', 'wb'); f:write(s); f:close()\n  f = io.open(TMP .. '/t.dat', 'rb')\n  local r = {f:read(...)}\n  local rest = f:read('*a')\n  f:close()\n  local o = {}\n  for i=1,#r+1 do o[#o+1] = tostring(r[i]) end\n  print(string.format('%q', s), table.concat(o, ','), string.format('%q', rest))\nend\n\ntry('a\\0b\\nc\\n', '*l', '*l')\ntry('abc', '*l', '*l')\ntry('abc\\n', '*l', '*l')\ntry('\\n\\n', '*l', '*l', '*l')\ntry('abc', 0, 2, 0, 5, 0)\ntry('', 0)\ntry('', '*a', '*a', '*l')\ntry('xy', -1)\ntry('hello', 2.7)\ntry('hello', '2')\ntry(('x'):rep(10000) .. '\\nabc', '*l', '*l')\ntry(('x'):rep(8190) .. '\\0yy\\nabc\\n', '*l', '*l')\ntry(('x'):rep(8191) .. '\\0yy\\nabc\\n', '*l', '*l')\ntry('line1\\r\\nline2', '*l', '*l')\ntry(('z'):rep(20000), 9000, 9000, 9000, 9000)",
    want: "\"a\\000b\\\nc\\\n\"\tac,nil\t\"\"\n\"abc\"\tabc,nil\t\"\"\n\"abc\\\n\"\tabc,nil\t\"\"\n\"\\\n\\\n\"\t,,nil\t\"\"\n\"abc\"\t,ab,,c,nil\t\"\"\n\"\"\tnil\t\"\"\n\"\"\t,,nil\t\"\"\n\"xy\"\txy,nil\t\"\"\n\"hello\"\the,nil\t\"llo\"\n--- exit 1\nstdin:4: bad argument #1 to 'read' (invalid option)\n",
  },
  {
    name: "read: bad formats",
    src: "\nlocal f = io.open(TMP .. '/t', 'w') f:close() f = io.open(TMP .. '/t')\nprint(pcall(f.read, f, 'x'))\nprint(pcall(f.read, f, '*x'))\nprint(pcall(f.read, f, {}))\nprint(pcall(f.read, f, '*l', true))\nprint(pcall(io.read, 'x'))\nprint(pcall(io.read, '*x'))\nf:read('')",
    want: "false\tbad argument #2 to '?' (invalid option)\nfalse\tbad argument #2 to '?' (invalid format)\nfalse\tbad argument #2 to '?' (invalid option)\ntrue\tnil\nfalse\tbad argument #1 to '?' (invalid option)\nfalse\tbad argument #1 to '?' (invalid format)\n--- exit 1\nstdin:9: bad argument #1 to 'read' (invalid option)\n",
  },
  {
    name: "open: modes and failures",
    src: "\nlocal F = TMP .. '/m'\nprint(io.open(F))\nprint(io.open(TMP .. '/nodir/x', 'w'))\nprint(io.open(F, 'z'))\nprint(io.open(F, ''))\nprint(select('#', io.open(F, 'w')), io.type(io.open(F, 'wb')), io.type(io.open(F, 'r+b')), io.type(io.open(F, 'a+b')))\nprint(io.open(F, 'rw'):write('q'))\nprint(io.open(F, 'wx'))\nprint(io.type(io.open(TMP .. '/m2', 'wx')))\nprint(io.type(io.open(TMP)))\nlocal d = io.open(TMP) print(d:read('*l')) print(d:read('*a')) print(d:read(0)) print(d:read('*n')) d:close()\nprint(io.open(TMP, 'w'))\nprint(pcall(io.open))\nprint(pcall(io.open, F, {}))",
    want: "nil\t<TMP>/m: No such file or directory\t2\nnil\t<TMP>/nodir/x: No such file or directory\t2\nnil\t<TMP>/m: Invalid argument\t22\nnil\t<TMP>/m: Invalid argument\t22\n1\tfile\tfile\tfile\nnil\tBad file descriptor\t9\nnil\t<TMP>/m: File exists\t17\nfile\nfile\nnil\tIs a directory\t21\nnil\tIs a directory\t21\nnil\tIs a directory\t21\nnil\tIs a directory\t21\nnil\t<TMP>: Is a directory\t21\nfalse\tbad argument #1 to '?' (string expected, got no value)\nfalse\tbad argument #2 to '?' (string expected, got table)\n",
  },
  {
    name: "write, seek, append",
    src: "\nlocal F = TMP .. '/s'\nlocal f = io.open(F, 'w'); print(f:write('hello world')); print(f:seek()); print(f:seek('set', 3), f:write('X'), f:seek('end'), f:seek('cur', -2)); f:close()\nf = io.open(F, 'a'); print(f:seek()); f:write('!!'); print(f:seek()); print(f:seek('set', 0)); f:write('A'); print(f:seek()); f:close()\nf = io.open(F, 'a+'); print(f:seek()); print(f:read('*a')); f:write('+'); print(f:seek('set', 0), f:read(3)); f:close()\nf = io.open(F, 'r'); print(f:read('*a')); print(f:seek('set', -1)); print(f:seek('cur', 100)); print(f:read(1)); print(f:write('x')); f:close()\nf = io.open(F, 'w'); print(f:read('*a')); print(f:read(0)); print(f:read('*n')); print(f:read('*l')); f:close()\nf = io.open(F, 'r+'); f:write('ZZ'); print(f:read(3)); f:seek('set', 0); print(f:read('*a')); f:close()\nf = io.open(F, 'w+'); f:write('abcdef'); f:seek('set', 1); print(f:read(2)); f:write('XY'); f:seek('set'); print(f:read('*a')); f:close()\nf = io.open(F); print(pcall(f.seek, f, 'bogus')); print(pcall(f.seek, f, 'set', 'x')); print(f:seek('set', 2.9)); print(f:seek('end', -1), f:read(1)); f:close()\nprint(pcall(f.seek, f))\nf = io.open(F, 'w'); for i = 1, 3 do f:write(i, ' ', i * 1.5, ' ', 1/3, ' ', 1e100, ' ', 2^53, '\\n') end f:close()\nf = io.open(F); print(f:read('*a')); f:seek('set'); print(f:read('*n', '*n', '*n', '*n', '*n', '*n', '*n')); f:close()\nprint(pcall(io.write, {}))\nprint(pcall(io.stdout.write, io.stdout, 1, nil))\nprint(pcall(io.stdout.write))\nprint(pcall(io.stdout.write, 5))",
    want: "true\n11\n3\ttrue\t11\t9\n11\n13\n0\n14\n0\nhelXo world!!A\n0\thel\nhelXo world!!A+\nnil\tInvalid argument\t22\n115\nnil\nnil\tBad file descriptor\t9\nnil\tBad file descriptor\t9\nnil\tBad file descriptor\t9\nnil\nnil\tBad file descriptor\t9\nnil\nZZ\nbc\nabcXYf\nfalse\tbad argument #2 to '?' (invalid option 'bogus')\nfalse\tbad argument #3 to '?' (number expected, got string)\n2\n5\tf\nfalse\tattempt to use a closed file\n1 1.5 0.33333333333333 1e+100 9.007199254741e+15\n2 3 0.33333333333333 1e+100 9.007199254741e+15\n3 4.5 0.33333333333333 1e+100 9.007199254741e+15\n\n1\t1.5\t0.33333333333333\t1e+100\t9.007199254741e+15\t2\t3\nfalse\tbad argument #1 to '?' (string expected, got table)\n1false\tbad argument #3 to '?' (string expected, got nil)\nfalse\tbad argument #1 to '?' (FILE* expected, got no value)\nfalse\tbad argument #1 to '?' (FILE* expected, got number)\n",
  },
  {
    name: "buffering: unflushed writes are not visible, setvbuf",
    src: "\nlocal F = TMP .. '/b'\nlocal w = io.open(F, 'w')\nw:write('abc')\nlocal r = io.open(F)\nprint(r:read('*a'))\nw:flush()\nprint(r:read('*a'))\nprint(w:setvbuf('no'))\nw:write('d')\nprint(r:read('*a'))\nprint(w:setvbuf('line'), w:setvbuf('full', 10))\nw:write('e\\n')\nprint(r:read('*a'))\nw:write(('f'):rep(9000))\nprint(#r:read('*a'))\nw:close()\nprint(#r:read('*a'))\nprint(pcall(w.setvbuf, w, 'no'))\nprint(pcall(io.stdout.setvbuf, io.stdout, 'bad'))\nprint(pcall(io.stdout.setvbuf, io.stdout))\nprint(io.stdout:setvbuf('no'), io.stdout:setvbuf('full'), io.stdout:flush(), io.flush())\nlocal w2 = io.open(F, 'w')\nlocal r2 = io.open(F)\nw2:write(('g'):rep(9000)) print(#r2:read('*a'))\nw2:write(('h'):rep(5000)) print(#r2:read('*a'))\nw2:setvbuf('no') print(#r2:read('*a'))\nw2:setvbuf('full') w2:write('i') print(#r2:read('*a')) w2:write('jk') print(#r2:read('*a'))\nw2:setvbuf('line') w2:write('l') print(#r2:read('*a')) w2:write('m\\nn') print(#r2:read('*a'))\nw2:close() print(#r2:read('*a'))",
    want: "\nabc\ntrue\nd\ntrue\ttrue\ne\n\n9000\n0\nfalse\tattempt to use a closed file\nfalse\tbad argument #2 to '?' (invalid option 'bad')\nfalse\tbad argument #2 to '?' (string expected, got no value)\ntrue\ttrue\ttrue\ttrue\n8192\n4096\n1712\n1\n2\n0\n4\n0\n",
  },
  {
    name: "lines iterators",
    src: "\nlocal F = TMP .. '/l'\nlocal f = io.open(F, 'w') f:write('one\\ntwo\\n\\nlast') f:close()\nfor l in io.lines(F) do print('[' .. l .. ']') end\nprint(pcall(io.lines, TMP .. '/none'))\nlocal it = io.lines(F); print(it(), it(), it(), it(), it(), pcall(it))\nf = io.open(F); local it2 = f:lines(); print(it2()); f:close(); print(pcall(it2))\nf = io.open(F); for l in f:lines() do io.write(l, ';') end print(io.type(f), f:read('*a')) f:close()\nprint(pcall(io.lines, nil))\nprint(pcall(io.lines, {}))\nprint(pcall(f.lines, f))",
    want: "[one]\n[two]\n[]\n[last]\nfalse\tbad argument #1 to '?' (<TMP>/none: No such file or directory)\none\ttwo\t\tlast\tnil\tfalse\tfile is already closed\none\nfalse\tfile is already closed\none;two;;last;file\t\nfalse\tbad argument #1 to '?' (FILE* expected, got nil)\nfalse\tbad argument #1 to '?' (string expected, got table)\nfalse\tattempt to use a closed file\n",
  },
  {
    name: "default input and output",
    src: "\nlocal F = TMP .. '/o'\nprint(io.input() == io.stdin, io.output() == io.stdout)\nprint(pcall(io.input, TMP .. '/none'))\nprint(pcall(io.output, {}))\nprint(pcall(io.output, TMP .. '/nodir/x'))\nio.output(F); print(io.write('to file', 1.5, '\\n')); print(io.output() ~= io.stdout); print(io.close()); print(pcall(io.write, 'x'))\nprint(pcall(io.close))\nio.output(io.stdout)\nio.input(F); print(io.read('*l')); print(io.read('*l')); io.close(io.input()); print(pcall(io.read))\nprint(pcall(io.lines))\nio.input(io.stdin)\nlocal g = io.open(F) print(io.input(g) == g, io.read('*a')) g:close()\nprint(pcall(io.input, g))\nprint(pcall(io.close, nil))\nprint(io.close(io.stdout))\nprint(io.stdout:close())\nprint(io.stderr:close())\nprint(io.stdin:close())\nprint(pcall(io.flush))",
    want: "true\ttrue\nfalse\tbad argument #1 to '?' (<TMP>/none: No such file or directory)\nfalse\tbad argument #1 to '?' (FILE* expected, got table)\nfalse\tbad argument #1 to '?' (<TMP>/nodir/x: No such file or directory)\ntrue\ntrue\ntrue\nfalse\tstandard output file is closed\nfalse\tattempt to use a closed file\nto file1.5\nnil\nfalse\tstandard input file is closed\nfalse\tattempt to use a closed file\ntrue\tto file1.5\n\nfalse\tattempt to use a closed file\nfalse\tbad argument #1 to '?' (FILE* expected, got nil)\nnil\tcannot close standard file\nnil\tcannot close standard file\nnil\tcannot close standard file\nnil\tcannot close standard file\ntrue\ttrue\n",
  },
  {
    name: "handles: type, tostring, metatable, gc",
    src: "\nlocal F = TMP .. '/h'\nlocal f = io.tmpfile(); print(type(f), io.type(f)); print(f:write('tmp')); f:seek('set'); print(f:read('*a')); f:close(); print(f, io.type(f), io.type(1), io.type(nil), io.type(io.stdout))\nprint(pcall(io.type))\nprint(pcall(f.read, f))\nprint(pcall(f.write, f, 'x'))\nprint(pcall(f.close, f))\nprint(pcall(io.close, f))\nlocal mt = getmetatable(io.stdout)\nprint(mt.__index == mt, type(mt.__gc), type(mt.__tostring), mt == getmetatable(f))\nlocal ks = {} for k in pairs(mt) do ks[#ks+1] = k end table.sort(ks) print(table.concat(ks, ' '))\nlocal ks = {} for k in pairs(io) do ks[#ks+1] = k end table.sort(ks) print(table.concat(ks, ' '))\nprint(tostring(io.stderr):match('^file %(0x%x+%)$') ~= nil)\nprint(pcall(mt.read, {}))\nprint(pcall(mt.__tostring, 5))\nlocal g = io.open(F, 'w'); g:write('abc'); g = nil; collectgarbage(); collectgarbage()\nprint(io.open(F):read('*a'))\nprint(io.stdout:read())\nprint(io.stdin:write('x'))\nprint(io.stdout:seek())\nprint(io.stdout == io.output(), io.stderr ~= io.stdout)",
    want: "userdata\tfile\ntrue\ntmp\nfile (closed)\tclosed file\tnil\tnil\tfile\nfalse\tbad argument #1 to '?' (value expected)\nfalse\tattempt to use a closed file\nfalse\tattempt to use a closed file\nfalse\tattempt to use a closed file\nfalse\tattempt to use a closed file\ntrue\tfunction\tfunction\ttrue\n__gc __index __tostring close flush lines read seek setvbuf write\nclose flush input lines open output popen read stderr stdin stdout tmpfile type write\ntrue\nfalse\tbad argument #1 to '?' (FILE* expected, got table)\nfalse\tbad argument #1 to '?' (FILE* expected, got number)\nabc\nnil\tBad file descriptor\t9\nnil\tBad file descriptor\t9\nnil\tIllegal seek\t29\ntrue\ttrue\n",
  },
  {
    name: "stdin",
    stdin: "stdin line\n 42 rest\nabcdef\nmore\nlast",
    src: "\nprint(io.read('*l'))\nprint(io.read('*n', '*l'))\nprint(io.read(3, 0, '*l'))\nfor l in io.lines() do print('<' .. l .. '>') end\nprint(io.read('*l'), io.read(0), io.read('*a'), io.read('*n'))\nprint(io.stdin:read())",
    want: "stdin line\n42\t rest\nabc\t\tdef\n<more>\n<last>\nnil\tnil\t\tnil\nnil\n",
  },
  {
    name: "popen",
    src: "\nlocal p = io.popen('echo hi; echo there; exit 3')\nprint(io.type(p), p:read('*l'), p:read('*a'))\nprint(p:close())\nlocal w = io.popen('cat > ' .. TMP .. '/p', 'w')\nprint(w:write('from popen\\n'))\nprint(w:close())\nprint(io.open(TMP .. '/p'):read('*a'))\nprint(io.popen('true', 'x'))\nfor l in io.popen('printf \"a\\nb\\n\"'):lines() do print(l) end",
    want: "file\thi\tthere\n\ntrue\ntrue\ntrue\nfrom popen\n\nnil\ttrue: Invalid argument\t22\na\nb\n",
  },
]

describe('io library (recorded from lua5.1)', () => {
  for (const c of CASES) it(c.name, () => { expect(runCase(c)).toBe(c.want) })
})

describe('io standard streams', () => {
  it('stderr writes flush stdout first (order kept)', () => {
    const seq: string[] = []
    const dec = (b: Uint8Array): string => Buffer.from(b).toString('latin1')
    const host = {
      ...testHost(),
      stdout: (b: Uint8Array) => { seq.push('o:' + dec(b)) },
      stderr: (b: Uint8Array) => { seq.push('e:' + dec(b)) },
    }
    const L = engineNew()
    hostInstall(L, host)
    engineDoBuffer(L, new TextEncoder().encode("print('a') io.stderr:write('b', 1) io.write('c') io.stderr:write('d')"), '=t')
    ioFlushAll(L)
    expect(seq.join('|')).toBe('o:a\n|e:b|e:1|o:c|e:d')
  })
})
