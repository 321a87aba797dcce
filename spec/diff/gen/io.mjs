// Generates spec/diff/io/*.lua: the io library on scratch files. Each
// program makes its own file ./.tmp/io_<name>.txt (git-ignored; the driver
// creates ./.tmp/), works on it and removes it before it ends. Families:
// read formats ("*n" scanf edge cases, "*l", "*a", counts, several formats),
// lines iterators, seek whence/offsets, closed-file errors, io.type,
// default input/output switching, write results and argument errors, open
// modes and failures, flush/setvbuf, tmpfile, binary bytes.
import { emit, done, luaStr } from './_lib.mjs'

const GEN = 'io.mjs'
let n = 0

/** Emits a program whose scratch file P starts with [content] (null: not created). */
function prog(name, title, content, body) {
  const head = [`local P = "./.tmp/io_${name}.txt"`]
  if (content !== null) head.push(`do local f = assert(io.open(P, "wb")) f:write(${luaStr(content)}) f:close() end`)
  const lines = body.replace(/^\n/, '').replace(/\n$/, '').split('\n')
  emit(GEN, 'io', name, title, [...head, ...lines, 'os.remove(P)'])
  n++
}

// -- read("*n") ----------------------------------------------------------------
const NUMS = [
  ['int', '42'], ['neg', '-17'], ['plus', '+8'], ['float', '3.25'], ['exp', '1e3'], ['exp_neg', '2.5E-2'],
  ['leading_ws', ' \t\n  7'], ['hex', '0x1F'], ['hex_upper', '0XaB'], ['hex_float', '0x1.8p1'], ['nan', 'nan'], ['inf', 'inf'],
  ['neg_inf', '-infinity'], ['letters', 'abc'], ['empty', ''], ['only_ws', '   \n '], ['dot_first', '.5'], ['dot_last', '5.'],
  ['lone_dot', '.'], ['exp_missing', '1e'], ['exp_sign_missing', '1e+'], ['double_sign', '--1'], ['sign_only', '-'],
  ['trailing_text', '12abc'], ['three_numbers', '1 2 3'], ['comma', '1,5'], ['huge', '1e400'], ['tiny', '1e-400'],
  ['long_digits', '123456789012345678901234567890'], ['hex_only_prefix', '0x'], ['zero_padded', '007'], ['newline_between', '5\n\n6\n'],
  ['ergs', '100ergs'], ['neg_zero', '-0'], ['inf_prefix', 'info'], ['nan_paren', 'nan(123)'],
]
for (const [name, content] of NUMS) {
  prog(`read_n_${name}`, `read("*n") on ${JSON.stringify(content)}`, content, `
local f = assert(io.open(P, "rb"))
print(f:read("*n"))
print(f:read("*n"))
print(string.format("%q", f:read("*a")))
f:close()
`)
}
prog('read_n_many_formats', 'read("*n", "*n", "*l") in one call', '10 20 rest of line\nnext\n', `
local f = assert(io.open(P))
print(f:read("*n", "*n", "*l"))
print(f:read("*l", "*l", "*l"))
f:close()
`)
prog('read_n_stops_at_failure', 'a failed format ends read: later formats are not tried', 'x 1 2', `
local f = assert(io.open(P))
print(select("#", f:read("*n", "*n")))
print(f:read("*a"))
f:close()
`)

// -- read("*l") / "*a" / counts -----------------------------------------------
const LINES = [
  ['simple', 'one\ntwo\nthree\n'], ['no_final_newline', 'one\ntwo'], ['crlf', 'a\r\nb\r\n'], ['empty_lines', '\n\n\nx\n'],
  ['empty_file', ''], ['only_newline', '\n'], ['long_line', 'x'.repeat(5000) + '\ny\n'], ['embedded_zero', 'ab\0cd\nef\n'],
  ['cr_only', 'a\rb\rc'], ['trailing_spaces', 'a  \n  b\n'], ['high_bytes', '\xe9t\xe9\n\xff\n'], ['very_long_line', 'ab'.repeat(9000)],
]
for (const [name, content] of LINES) {
  prog(`read_l_${name}`, `read("*l") until nil`, content, `
local f = assert(io.open(P, "rb"))
local i = 0
while true do
  local l = f:read("*l")
  if l == nil then break end
  i = i + 1
  print(i, #l, string.format("%q", l:sub(1, 20)))
end
print(f:read("*l"), f:read("*a"), f:read(0))
f:close()
`)
}
prog('read_a_twice', 'read("*a") at end of file returns ""', 'content', `
local f = assert(io.open(P))
print(f:read("*a"))
print(string.format("%q", f:read("*a")))
print(f:read("*l"))
f:close()
`)
prog('read_a_empty', 'read("*a") on an empty file', '', `
local f = assert(io.open(P))
print(string.format("%q", f:read("*a")), f:read("*l"), f:read(1), f:read(0))
f:close()
`)
prog('read_counts', 'read(n) for several counts', 'abcdefghijklmnopqrstuvwxyz', `
local f = assert(io.open(P))
print(f:read(0), f:read(1), f:read(2), f:read(5))
print(f:read(100))
print(f:read(1), f:read(0))
f:close()
`)
prog('read_count_zero_not_eof', 'read(0) returns "" before the end and nil at it', 'x', `
local f = assert(io.open(P))
print(string.format("%q", f:read(0)))
print(f:read(1))
print(f:read(0))
f:close()
`)
prog('read_count_fraction_string', 'read with fractional and string counts', 'abcdefgh', `
local f = assert(io.open(P))
print(f:read(2.9))
print(pcall(function() return f:read("3") end))
print(f:read(-1))
f:close()
`)
prog('read_bad_formats', 'read with invalid formats', 'abc', `
local f = assert(io.open(P))
print(pcall(f.read, f, "*x"))
print(pcall(function() return f:read("n") end))
print(pcall(function() return f:read("*") end))
print(pcall(function() return f:read({}) end))
print(pcall(function() return f:read(nil) end))
print(pcall(function() return f:read(true) end))
f:close()
`)
prog('read_long_format_names', 'read accepts "*line", "*all", "*number" by their first letter', '12\nline\nrest', `
local f = assert(io.open(P))
print(f:read("*number"))
print(f:read("*line"))
print(f:read("*line"))
print(f:read("*all"))
f:close()
`)
prog('read_no_args_is_line', 'read() with no format reads a line', 'first\nsecond', `
local f = assert(io.open(P))
print(f:read())
print(f:read())
print(f:read())
f:close()
`)
prog('read_mixed_formats', 'read with several mixed formats', 'hello world\n42 rest\n', `
local f = assert(io.open(P))
print(f:read(5, "*l", "*n", 1, "*a"))
f:close()
`)

// -- lines ---------------------------------------------------------------------
prog('lines_file_method', 'file:lines() iterates and leaves the file open', 'a\nb\n\nc', `
local f = assert(io.open(P))
for l in f:lines() do print("[" .. l .. "]") end
print(io.type(f), f:read("*a"))
f:close()
`)
prog('lines_io_lines', 'io.lines(name) iterates and closes the file', 'x\ny\nz\n', `
local n = 0
for l in io.lines(P) do n = n + 1; print(n, l) end
`)
prog('lines_io_lines_missing', 'io.lines of a missing file raises an error', null, `
print(pcall(io.lines, "./.tmp/io_surely_missing.txt"))
print(pcall(function() return io.lines("./.tmp/io_surely_missing.txt") end))
`)
prog('lines_after_close', 'a lines iterator whose file was closed', 'a\nb\n', `
local f = assert(io.open(P))
local it = f:lines()
print(it())
f:close()
print(pcall(it))
`)
prog('lines_io_lines_exhausted', 'calling an io.lines iterator after it finished', 'only\n', `
local it = io.lines(P)
print(it())
print(it())
print(pcall(it))
`)
prog('lines_default_input', 'io.lines() reads the default input', 'l1\nl2\n', `
io.input(P)
for l in io.lines() do print(l) end
print(io.type(io.input()))
io.input():close()
`)
prog('lines_break_early', 'breaking out of io.lines leaves the rest unread', '1\n2\n3\n4\n', `
for l in io.lines(P) do print(l) if l == "2" then break end end
print("done")
`)
prog('lines_bad_arg', 'io.lines with a non-string name', null, `
print(pcall(function() return io.lines({}) end))
print(pcall(function() return io.lines(true) end))
`)
prog('lines_crlf', 'lines keep the \\r of CRLF endings', 'a\r\nb\r\n', `
for l in io.lines(P) do print(#l, string.format("%q", l)) end
`)
prog('lines_then_read', 'mixing an iterator with read on the same file', 'one\ntwo\nthree\nfour\n', `
local f = assert(io.open(P))
local it = f:lines()
print(it(), f:read("*l"), it(), f:read("*a"))
f:close()
`)

// -- seek ----------------------------------------------------------------------
prog('seek_whence', 'seek with set/cur/end and offsets', '0123456789', `
local f = assert(io.open(P))
print(f:seek())
print(f:seek("set", 3), f:read(2))
print(f:seek("cur"), f:seek("cur", 2), f:read(1))
print(f:seek("end"), f:read(1))
print(f:seek("end", -3), f:read("*a"))
print(f:seek("set"), f:read(1))
f:close()
`)
prog('seek_negative', 'seek before the start fails with EINVAL', 'abc', `
local f = assert(io.open(P))
print(f:seek("set", -1))
print(f:seek("cur", -10))
print(f:seek())
f:close()
`)
prog('seek_beyond_end', 'seek past the end and read / write there', 'abc', `
local f = assert(io.open(P, "r+b"))
print(f:seek("set", 10))
print(f:read(1))
print(f:write("Z"))
print(f:seek("end"))
f:seek("set")
local s = f:read("*a")
print(#s, (s:gsub("%z", ".")))
f:close()
`)
prog('seek_bad_whence', 'seek with an invalid whence', 'abc', `
local f = assert(io.open(P))
print(pcall(function() return f:seek("middle") end))
print(pcall(function() return f:seek("set", "x") end))
print(pcall(function() return f:seek(1) end))
print(f:seek("set", "2"))
print(f:seek("set", 1.9))
f:close()
`)
prog('seek_after_write', 'seek reports the position after writes', null, `
local f = assert(io.open(P, "w+"))
print(f:seek())
f:write("hello")
print(f:seek())
f:write(" world", "!")
print(f:seek("cur"))
print(f:seek("set", 0), f:read("*a"))
f:close()
`)
prog('seek_end_negative_read', 'seek("end", -n) then read lines', 'line1\nline2\nline3\n', `
local f = assert(io.open(P))
f:seek("end", -6)
print(f:read("*l"))
f:seek("cur", -12)
print(f:read("*l"), f:read("*l"))
f:close()
`)
prog('seek_append_mode', 'in append mode writes go to the end whatever the position', 'start', `
local f = assert(io.open(P, "a+"))
f:seek("set", 0)
print(f:read(2))
f:write("END")
f:seek("set", 0)
print(f:read("*a"))
f:close()
`)

// -- closed files ----------------------------------------------------------------
for (const m of ['read', 'write', 'lines', 'seek', 'flush', 'setvbuf', 'close']) {
  const call = m === 'setvbuf' ? 'f:setvbuf("no")' : m === 'write' ? 'f:write("x")' : `f:${m}()`
  prog(`closed_${m}`, `file:${m} on a closed file`, 'data', `
local f = assert(io.open(P))
print(f:close())
print(pcall(function() return ${call} end))
print(io.type(f), tostring(f))
`)
}
prog('close_twice_via_io_close', 'io.close(f) on a closed file', 'data', `
local f = assert(io.open(P))
print(io.close(f))
print(pcall(io.close, f))
`)
prog('close_result', 'close returns true', null, `
local f = assert(io.open(P, "w"))
print(f:close())
`)
prog('closed_tostring', 'tostring of open and closed files (no address printed)', 'x', `
local f = assert(io.open(P))
print((tostring(f):gsub("0x%x+", "ADDR"):gsub("%(%x+%)", "(ADDR)")))
f:close()
print(tostring(f))
`)

// -- io.type -----------------------------------------------------------------------
prog('type_values', 'io.type of files and non-files', 'x', `
local f = assert(io.open(P))
print(io.type(f), io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
f:close()
print(io.type(f))
print(io.type(nil), io.type(1), io.type("file"), io.type({}), io.type(print))
print(io.type(newproxy and newproxy() or nil))
print(pcall(io.type))
`)
prog('type_fake_file', 'io.type of a table posing as a file', null, `
local fake = setmetatable({}, getmetatable(io.stdout))
print(io.type(fake))
print(pcall(function() return io.stdout.write(fake, "x") end))
`)

// -- default input / output ------------------------------------------------------
prog('output_switch', 'io.output(name) redirects io.write; io.close() closes it', null, `
local old = io.output()
print(io.type(old))
io.output(P)
io.write("line one\\n", 2, "\\n")
print(io.close())
io.output(old)
for l in io.lines(P) do print("[" .. l .. "]") end
`)
prog('output_file_handle', 'io.output(file) with an open file', null, `
local f = assert(io.open(P, "w"))
local old = io.output()
print(io.output(f) == f)
io.write("abc")
io.output(old)
f:close()
print(io.open(P):read("*a"))
`)
prog('input_switch', 'io.input(name) redirects io.read', 'first\n12 34\nlast', `
io.input(P)
print(io.read())
print(io.read("*n", "*n"))
print(io.read("*l"))
print(io.read("*l"))
print(io.read("*l"))
io.close(io.input())
print(pcall(io.read))
`)
prog('input_missing', 'io.input of a missing file raises', null, `
print(pcall(io.input, "./.tmp/io_input_missing.txt"))
print(pcall(function() return io.output("./.tmp/no_such_dir/x.txt") end))
`)
prog('input_bad_arg', 'io.input / io.output with a bad argument', null, `
print(pcall(function() return io.input({}) end))
print(pcall(function() return io.output(true) end))
`)
prog('close_default_output', 'io.close() on the standard output', null, `
print(io.close())
print(io.stdout:close())
print(io.type(io.stdout))
io.write("still works\\n")
`)
prog('write_returns', 'file:write and io.write results (not chainable in 5.1)', null, `
local f = assert(io.open(P, "w"))
local r = f:write("a")
print(r, r == f, type(r))
print(pcall(function() return f:write("b"):write("c") end))
f:close()
print(io.write(""))
print(io.write() == io.stdout)
`)
prog('write_numbers', 'write converts numbers with %.14g', null, `
local f = assert(io.open(P, "w"))
f:write(-0.0, " ")
f:write(1, " ", 1.5, " ", 1e100, " ", 2^53, " ", 1/3, " ", math.huge, " ", -math.huge)
f:close()
print(io.open(P):read("*a"))
`)
prog('write_bad_args', 'write with non-string, non-number arguments', null, `
local f = assert(io.open(P, "w"))
print(pcall(function() return f:write({}) end))
print(pcall(function() return f:write("ok", nil) end))
print(pcall(function() return f:write(true) end))
print(pcall(function() return io.write(print) end))
f:close()
print(string.format("%q", io.open(P):read("*a")))
`)
prog('write_many_args', 'write with many arguments', null, `
local f = assert(io.open(P, "w"))
local t = {}
for i = 1, 50 do t[i] = i end
f:write(unpack(t))
f:close()
print(io.open(P):read("*a"))
`)
prog('write_to_read_only', 'write on a file opened for reading', 'x', `
local f = assert(io.open(P, "r"))
print(f:write("y"))
f:close()
`)
prog('read_from_write_only', 'read on a file opened for writing', null, `
local f = assert(io.open(P, "w"))
print(f:read("*l"))
print(f:read("*a"))
print(f:read(1))
f:close()
`)

// -- open --------------------------------------------------------------------------
for (const [name, mode, content] of [['r', 'r', 'old'], ['w', 'w', 'old'], ['a', 'a', 'old'], ['r_plus', 'r+', 'old'], ['w_plus', 'w+', 'old'], ['a_plus', 'a+', 'old'], ['rb', 'rb', 'old'], ['wb', 'wb', 'old'], ['ab', 'ab', 'old'], ['r_plus_b', 'r+b', 'old']]) {
  prog(`open_mode_${name}`, `io.open mode "${mode}": write, reread`, content, `
local f = assert(io.open(P, "${mode}"))
print(f:write("NEW"))
print(f:seek("set", 0))
print(f:read("*a"))
f:close()
print(io.open(P):read("*a"))
`)
}
prog('open_missing', 'io.open of missing files returns nil, message, errno', null, `
print(io.open("./.tmp/io_open_missing.txt"))
print(io.open("./.tmp/io_open_missing.txt", "r"))
print(io.open("./.tmp/no_such_dir/file.txt", "w"))
`)
prog('open_bad_modes', 'io.open with unusual mode strings', 'x', `
for _, m in ipairs({ "", "x", "rw", "r+b", "rb+", "br", "ww", "a+b", "z" }) do
  local f, err, code = io.open(P, m)
  print(string.format("%q", m), io.type(f), err, code)
  if f then f:close() end
end
`)
prog('open_bad_args', 'io.open argument errors', null, `
print(pcall(function() return io.open() end))
print(pcall(function() return io.open({}) end))
print(pcall(function() return io.open(P, {}) end))
`)
prog('open_directory', 'io.open of a directory', null, `
local f, err, code = io.open("./.tmp")
print(io.type(f), err, code)
if f then print(f:read("*l")) print(f:read(1)) f:close() end
local g, e2, c2 = io.open("./.tmp", "w")
print(io.type(g), e2, c2)
`)
prog('open_number_name', 'io.open with a number as the name', null, `
print(io.open(9876543210))
`)
prog('open_truncates', 'mode "w" truncates an existing file', 'long old content', `
local f = assert(io.open(P, "w"))
f:close()
print(string.format("%q", io.open(P):read("*a")))
`)
prog('open_append_keeps', 'mode "a" appends', 'one', `
for i = 1, 3 do local f = assert(io.open(P, "a")) f:write(",", i) f:close() end
print(io.open(P):read("*a"))
`)
prog('open_r_plus_overwrite', 'mode "r+" overwrites in place', 'abcdefgh', `
local f = assert(io.open(P, "r+"))
f:seek("set", 2)
f:write("XY")
f:close()
print(io.open(P):read("*a"))
`)

// -- flush / setvbuf ------------------------------------------------------------------
prog('flush_results', 'flush results', null, `
local f = assert(io.open(P, "w"))
print(f:flush())
f:write("abc")
print(f:flush())
print(io.flush())
print(io.stdout:flush())
local g = assert(io.open(P))
print(g:read("*a"))
g:close()
f:close()
`)
prog('setvbuf_modes', 'setvbuf modes and sizes', null, `
local f = assert(io.open(P, "w"))
print(f:setvbuf("no"))
print(f:setvbuf("full", 1024))
print(f:setvbuf("line"))
print(f:setvbuf("full"))
print(pcall(function() return f:setvbuf("bogus") end))
print(pcall(function() return f:setvbuf() end))
f:write("x")
f:close()
`)
prog('setvbuf_no_visible', 'with setvbuf("no") writes are visible at once', null, `
local f = assert(io.open(P, "w"))
f:setvbuf("no")
f:write("unbuffered")
local g = assert(io.open(P))
print(g:read("*a"))
g:close()
f:close()
`)

// -- tmpfile / binary / misc -------------------------------------------------------------
prog('tmpfile', 'io.tmpfile is a read/write file', null, `
local f = io.tmpfile()
print(io.type(f))
print(f:write("temp data\\n", 123))
print(f:seek("set"))
print(f:read("*l"), f:read("*n"))
print(f:close())
`)
prog('binary_all_bytes', 'all 256 byte values survive a write and read', null, `
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local s = table.concat(t)
local f = assert(io.open(P, "wb"))
f:write(s, s)
f:close()
f = assert(io.open(P, "rb"))
local r = f:read("*a")
f:close()
print(#r, r == s .. s, r:byte(1), r:byte(256), r:byte(257))
`)
prog('big_file_lines', 'writing and counting 3000 lines', null, `
local f = assert(io.open(P, "w"))
for i = 1, 3000 do f:write("line ", i, "\\n") end
f:close()
local n, sum = 0, 0
for l in io.lines(P) do n = n + 1; sum = sum + tonumber(l:match("%d+")) end
print(n, sum)
`)
prog('read_numbers_table', 'reading a table of numbers with *n', '1 2.5\n-3 4e1\n0x10 end', `
local f = assert(io.open(P))
local t = {}
while true do local x = f:read("*n") if not x then break end t[#t + 1] = x end
print(#t, table.concat(t, " "))
print(f:read("*a"))
f:close()
`)
prog('stdout_write', 'io.stdout:write and io.write go to standard output', null, `
io.write("a", 1, "b", 2.5, "\\n")
io.stdout:write("c\\n")
print(io.output() == io.stdout)
`)
prog('file_methods_table', 'the file metatable and its methods', null, `
local mt = getmetatable(io.stdout)
local names = {}
for k in pairs(mt) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
print(mt.__index == mt)
`)
prog('io_library_names', 'the names in the io table', null, `
local names = {}
for k, v in pairs(io) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
`)
prog('method_on_non_file', 'file methods called on a non-file', null, `
local mt = getmetatable(io.stdout)
print(pcall(mt.read, {}))
print(pcall(mt.write, "x"))
print(pcall(mt.close, 1))
print(pcall(function() return mt.seek(nil) end))
`)
prog('uncaught_closed_file', 'an uncaught closed-file error', 'x', `
local f = assert(io.open(P))
f:close()
os.remove(P)
f:read()
`)
prog('uncaught_open_assert', 'assert on a failed open reports the message', null, `
local f = assert(io.open("./.tmp/io_assert_missing.txt"))
`)
// -- part 2: more read edge cases, defaults, seek matrices, round trips -------
const NUMS2 = [
  ['hex_exp', '0x1p4'], ['exp_plus', '1e+5'], ['neg_dot', ' -.5'], ['plus_dot_exp', '+.5e1'], ['two_dots', '1.2.3'],
  ['very_long', '9'.repeat(400)], ['inf_upper', 'INF'], ['nan_mixed', 'NaN'], ['nan_suffix', 'nanx'], ['hex_bad_digit', '0x1g'],
  ['exp_then_text', '1e5x'], ['tab_newline', '\t-7\n'], ['e_first', 'e5'], ['zero_exp', '0e0'], ['neg_hex', '-0x10'],
  ['plus_minus', '+-3'], ['binary_prefix', '0b101'], ['many_zeros', '0000000000000000001.5'], ['max_double', '1.7976931348623157e308'],
  ['denormal', '4.9e-324'], ['space_in_number', '1 000'], ['hex_upper_exp', '0X1P-2'], ['dot_exp', '.e1'],
]
for (const [name, content] of NUMS2) {
  prog(`read_n_${name}`, `read("*n") on ${JSON.stringify(content.slice(0, 30))}`, content, `
local f = assert(io.open(P, "rb"))
print(f:read("*n"))
print(f:read("*n"))
print(string.format("%q", f:read("*a")))
f:close()
`)
}
const LINES2 = [
  ['single_char_lines', 'a\nb\nc\n'], ['blank_last_line', 'x\n\n'], ['tabs', '\ta\tb\t\n'], ['line_4095', 'y'.repeat(4095) + '\n'],
  ['line_8192', 'z'.repeat(8192) + '\nend'],
]
for (const [name, content] of LINES2) {
  prog(`read_l_${name}`, `read("*l") until nil`, content, `
local f = assert(io.open(P, "rb"))
local i = 0
for l in f:lines() do i = i + 1 print(i, #l, string.format("%q", l:sub(1, 12))) end
f:close()
`)
}
prog('read_count_across_lines', 'read(n) crosses line ends', 'ab\ncd\nef\n', `
local f = assert(io.open(P))
print(string.format("%q %q %q", f:read(4), f:read(3), f:read(10)))
f:close()
`)
prog('read_count_huge', 'read with a huge count reads the rest', 'the whole rest', `
local f = assert(io.open(P))
print(f:read(2), f:read(1e10))
f:close()
`)
prog('read_line_after_count', 'read("*l") after a partial read(n)', 'abcdef\nghi\n', `
local f = assert(io.open(P))
print(f:read(2), f:read("*l"), f:read("*l"), f:read("*l"))
f:close()
`)
prog('lines_ignores_formats', 'file:lines ignores arguments in 5.1', '1 2\n3 4\n', `
local f = assert(io.open(P))
for l in f:lines("*n") do print(type(l), l) end
f:close()
`)
for (const [name, fmt] of [['number', '"*n"'], ['line', '"*l"'], ['all', '"*a"'], ['count', '3'], ['several', '"*n", "*l", 2']]) {
  prog(`io_read_${name}`, `io.read(${fmt}) on a redirected default input`, '17 tail\nsecond line\n', `
io.input(P)
print(io.read(${fmt}))
print(io.read("*a"))
io.input():close()
`)
}
prog('two_handles', 'two handles on one file: write, flush, read', null, `
local w = assert(io.open(P, "w"))
local r = assert(io.open(P, "r"))
w:write("shared\\n")
print(r:read("*l"))
w:flush()
print(r:read("*l"))
w:close()
r:close()
`)
prog('many_open_files', 'several scratch files open at once', null, `
local fs = {}
for i = 1, 5 do fs[i] = assert(io.open(P .. i, "w")) fs[i]:write("file ", i) end
for i = 5, 1, -1 do fs[i]:close() end
for i = 1, 5 do print(io.open(P .. i):read("*a")) os.remove(P .. i) end
`)
for (const [name, vals] of [['ints', '0, 1, -1, 42, 1000000, -999'], ['fractions', '0.5, -0.25, 3.125, 1/3, 2/3'], ['exponents', '1e10, 1e-10, -2.5e100, 6.02e23'], ['extremes', '2^53, -2^53, 2^63, 1e308, 4.9e-324'], ['mixed_sep', '1, 2, 3, 4']]) {
  prog(`roundtrip_${name}`, `numbers written with write and read back with *n (${name})`, null, `
local vals = { ${vals} }
local f = assert(io.open(P, "w"))
for i = 1, #vals do f:write(vals[i], i % 2 == 0 and "\\n" or " ") end
f:close()
f = assert(io.open(P))
for i = 1, #vals do local x = f:read("*n") print(x, x == vals[i]) end
print(f:read("*n"))
f:close()
`)
}
for (const [whence, offs] of [['set', '0, 1, 5, 9, 10, 11, 100'], ['cur', '0, 1, 2, -1, -2, 3'], ['end', '0, -1, -5, -10, -11, 1, 5']]) {
  prog(`seek_matrix_${whence}`, `seek("${whence}", offset) for several offsets, then read 2 bytes`, '0123456789', `
local f = assert(io.open(P))
f:seek("set", 4)
for _, o in ipairs({ ${offs} }) do
  local p, err, code = f:seek("${whence}", o)
  print(o, p, err, code, f:read(2))
  f:seek("set", 4)
end
f:close()
`)
}
prog('seek_float_offset', 'seek with fractional offsets truncates', 'abcdefgh', `
local f = assert(io.open(P))
print(f:seek("set", 2.7), f:read(1))
print(f:seek("cur", -1.5), f:read(1))
f:close()
`)
prog('seek_huge_offset', 'seek to a huge offset on a read-only file', 'abc', `
local f = assert(io.open(P))
print(f:seek("set", 2^40))
print(f:read(1))
print(f:seek("set", 1), f:read(1))
f:close()
`)
prog('seek_whence_case', 'whence names are case-sensitive', 'abc', `
local f = assert(io.open(P))
print(pcall(function() return f:seek("SET") end))
print(pcall(function() return f:seek("") end))
f:close()
`)
prog('append_default_output', 'io.output on a file opened in append mode', 'base', `
local f = assert(io.open(P, "a"))
local old = io.output(f)
io.write("+more")
io.output(old)
f:close()
print(io.open(P):read("*a"))
`)
prog('default_output_closed', 'io.write after closing the default output file', null, `
io.output(P)
io.close()
print(pcall(io.write, "x"))
io.output(io.stdout)
print("restored")
`)
prog('default_input_closed', 'io.read after closing the default input file', 'x', `
io.input(P)
io.input():close()
print(pcall(io.read))
print(pcall(io.lines))
`)
prog('close_standard_files', 'closing the standard files fails', null, `
print(io.stdin:close())
print(io.stderr:close())
print(io.close(io.stdout))
print(io.type(io.stdin), io.type(io.stderr))
`)
prog('input_file_handle', 'io.input(file) with an open handle', 'handle line\n', `
local f = assert(io.open(P))
local old = io.input()
print(io.input(f) == f)
print(io.read("*l"))
io.input(old)
f:close()
`)
prog('uncaught_open_nil', 'uncaught io.open(nil)', null, `
io.open(nil)
`)
prog('uncaught_seek_option', 'uncaught invalid seek option', 'x', `
local f = assert(io.open(P))
local ok = pcall(f.seek, f, "bad")
f:close()
os.remove(P)
print(ok)
io.stdout:seek("bad")
`)
prog('uncaught_lines_missing', 'uncaught io.lines of a missing file', null, `
for l in io.lines("./.tmp/io_uncaught_missing.txt") do print(l) end
`)
prog('uncaught_write_closed', 'uncaught write on a closed file', null, `
local f = assert(io.open(P, "w"))
f:close()
os.remove(P)
print("before")
f:write("x")
`)
prog('files_as_keys', 'files as table keys and in comparisons', 'x', `
local f = assert(io.open(P))
local g = assert(io.open(P))
local t = { [f] = "f", [g] = "g" }
print(t[f], t[g], f == g, f == f, rawequal(f, f))
f:close() g:close()
print(t[f], t[g])
`)
prog('read_all_large', 'read("*a") of a 100000-byte file', null, `
local f = assert(io.open(P, "wb"))
f:write(string.rep("0123456789", 10000))
f:close()
f = assert(io.open(P, "rb"))
local s = f:read("*a")
f:close()
print(#s, s:sub(1, 12), s:sub(-5))
`)
prog('files_in_coroutines', 'reading a file from a coroutine', 'c1\nc2\nc3\n', `
local co = coroutine.wrap(function()
  for l in io.lines(P) do coroutine.yield(l) end
  return "end"
end)
print(co(), co(), co(), co())
`)
prog('copy_by_lines', 'copying a file line by line', 'first\n\nthird\nlast', `
local Q = P .. ".copy"
local out = assert(io.open(Q, "w"))
for l in io.lines(P) do out:write(l, "\\n") end
out:close()
local s = io.open(Q):read("*a")
print(#s, string.format("%q", s))
os.remove(Q)
`)
prog('word_count', 'counting words, lines and bytes of a file', 'the quick brown\nfox jumps  over\n\nthe lazy dog\n', `
local lines, words, bytes = 0, 0, 0
for l in io.lines(P) do
  lines = lines + 1
  bytes = bytes + #l + 1
  for _ in l:gmatch("%S+") do words = words + 1 end
end
print(lines, words, bytes)
`)
prog('read_n_after_line', 'read("*n") after read("*l")', 'header\n  12.5\n-3\n', `
local f = assert(io.open(P))
print(f:read("*l"), f:read("*n"), f:read("*n"), f:read("*n"))
f:close()
`)
prog('write_empty_strings', 'writing empty strings leaves the file empty', null, `
local f = assert(io.open(P, "w"))
print(f:write("", "", ""))
f:close()
print(string.format("%q", io.open(P):read("*a")), io.open(P):read(0))
`)
prog('open_w_twice', 'opening the same file for writing twice', null, `
local a = assert(io.open(P, "w"))
local b = assert(io.open(P, "w"))
a:write("AAAA")
b:write("bb")
a:close()
b:close()
print(io.open(P):read("*a"))
`)
prog('read_format_L', '"*L" is not a 5.1 format', 'x\n', `
local f = assert(io.open(P))
print(pcall(f.read, f, "*L"))
print(pcall(function() return f:read("*L") end))
f:close()
`)
prog('default_files_initial', 'the initial default input and output', null, `
print(io.type(io.input()), io.type(io.output()))
print(io.input() == io.stdin, io.output() == io.stdout)
`)
done(GEN, n)
