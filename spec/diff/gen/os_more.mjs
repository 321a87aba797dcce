// Generates more spec/diff/os/*.lua: the remaining strftime conversions (GNU
// extensions, unknown letters, flags and widths as lua5.1 hands them to
// glibc one pair at a time), os.date("*t") / ("!*t") on edge times, os.time
// normalisation of odd date tables and its errors, difftime, getenv, clock,
// remove/rename on missing and scratch files (./.tmp/), setlocale, exit.
import { emit, done } from './_lib.mjs'

const GEN = 'os_more.mjs'
const TIMES = ['0', '86399', '951782400', '1234567890', '2147483647', '-86400', '-1', '4102444800', '1700000000', '1709164800', '1e10', '-1e10', '1.75', '-0.5']
let n = 0

/** Emits one hand-written program. */
function prog(name, title, body) {
  emit(GEN, 'os', name, title, body.replace(/^\n/, '').replace(/\n$/, '').split('\n'))
  n++
}

// -- strftime conversions not covered by os.mjs ------------------------------
const DONE = new Set('aAbBcdHIjmMpSUwWxXyY%'.split(''))
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').filter((c) => !DONE.has(c))
for (const c of LETTERS) {
  const name = c === c.toUpperCase() ? `upper_${c}` : `lower_${c}`
  emit(GEN, 'os', `date_conv_${name}`, `os.date("!%${c}") for fixed times`, [
    `local times = { ${TIMES.join(', ')} }`,
    `for i = 1, #times do print(times[i], "[" .. os.date("!%${c}", times[i]) .. "]") end`,
  ])
  n++
}
const PUNCT = [['underscore', '_'], ['dash', '-'], ['zero', '0'], ['caret', '^'], ['hash', '#'], ['digit3', '3'], ['digit9', '9'], ['digit1', '1'], ['bang', '!'], ['space', ' '], ['dot', '.'], ['plus', '+'], ['colon', ':']]
for (const [name, c] of PUNCT) {
  emit(GEN, 'os', `date_flag_${name}`, `os.date("!%${c}...") (a flag, width or odd character after %)`, [
    `print("[" .. os.date("!%${c}", 1234567890) .. "]")`,
    `print("[" .. os.date("!%${c}Y", 1234567890) .. "]")`,
    `print("[" .. os.date("!x%${c}d", 1234567890) .. "]")`,
  ])
  n++
}
prog('date_trailing_percent', 'a lone % at the end of a format is copied', `
print("[" .. os.date("!abc%", 0) .. "]")
print("[" .. os.date("!%", 0) .. "]")
print("[" .. os.date("!%%%", 0) .. "]")
print("[" .. os.date("!%Y%", 0) .. "]")
`)
prog('date_bang_only_at_start', 'only a leading ! selects UTC; later ones are text', `
print(os.date("!!%Y", 0))
print(os.date("%Y!", 0))
print(os.date("!%H!%M", 3661))
`)
prog('date_all_letters_one_line', 'every C89 conversion in one format', `
print(os.date("!%a|%A|%b|%B|%d|%H|%I|%j|%m|%M|%p|%S|%U|%w|%W|%y|%Y|%%", 1234567890))
print(os.date("!%a|%A|%b|%B|%d|%H|%I|%j|%m|%M|%p|%S|%U|%w|%W|%y|%Y|%%", 0))
`)
prog('date_long_format', 'a long format string (longer than one buffer)', `
local f = "!" .. string.rep("%Y-%m-%d ", 60)
local s = os.date(f, 1234567890)
print(#s, s:sub(1, 40))
`)
prog('date_embedded_zero', 'a format with an embedded zero byte', `
local s = os.date("!a\\0%Y", 0)
print(#s, s:byte(1, -1))
`)
prog('date_time_string_arg', 'the time argument may be a numeric string', `
print(os.date("!%Y-%m-%d %H:%M:%S", "86400"))
print(os.date("!%Y-%m-%d %H:%M:%S", " 0x10 "))
print(pcall(function() return os.date("!%Y", "abc") end))
print(pcall(function() return os.date("!%Y", {}) end))
`)
prog('date_format_number_arg', 'a number as the format is converted to a string', `
print(os.date(12, 0))
print(os.date(1.5, 0))
print(pcall(function() return os.date({}, 0) end))
`)
prog('date_nil_time_is_now', 'os.date with nil time uses the current time (only types printed)', `
print(type(os.date("!%Y", nil)))
print(type(os.date("!*t", nil)))
print(type(os.date()))
print(#os.date("!%Y-%m-%d") == 10)
`)
for (const [name, t] of [['negative', '-1'], ['fraction', '1.999'], ['negative_fraction', '-0.5'], ['leap', '951782400'], ['far_future', '253402300799'], ['far_past', '-62135596800'], ['y10k', '253402300800'], ['huge', '1e15'], ['year_minus_1', '-62198755200']]) {
  prog(`date_star_t_${name}`, `os.date("!*t") and ("*t") of ${t}`, `
local keys = { "year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst" }
for _, f in ipairs({ "!*t", "*t" }) do
  local t = os.date(f, ${t})
  local row = {}
  for k = 1, #keys do row[k] = keys[k] .. "=" .. tostring(t[keys[k]]) end
  print(f, table.concat(row, " "))
end
print(os.date("!%Y-%m-%d %H:%M:%S", ${t}))
`)
}
prog('date_star_t_key_count', 'os.date("*t") has exactly nine fields', `
local t = os.date("!*t", 1234567890)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
print(#keys, table.concat(keys, " "))
`)
prog('date_star_t_with_suffix', '"*t" followed by more text still returns a table', `
print(type(os.date("!*tjunk", 0)))
print(os.date("!*tjunk", 0).year)
print(type(os.date(" *t", 0)))
print(os.date("*", 0))
`)
prog('date_star_t_roundtrip', 'os.time(os.date("*t", t)) == t under TZ=UTC', `
local times = { 0, 1, 86399, 951782400, 1234567890, 2147483647, -86400, 4102444800 }
for i = 1, #times do print(times[i], os.time(os.date("*t", times[i])) == times[i]) end
`)
prog('date_error_huge_time', 'os.date of a time whose year does not fit', `
print(pcall(function() return os.date("!%Y", 1e300) end))
print(pcall(function() return os.date("!*t", 1e300) end))
`)

// -- os.time -----------------------------------------------------------------
const TABLES = [
  ['month_minus_one', '{ year = 2023, month = -1, day = 10, hour = 0 }'],
  ['month_25', '{ year = 2023, month = 25, day = 10, hour = 0 }'],
  ['month_minus_13', '{ year = 2023, month = -13, day = 10, hour = 0 }'],
  ['day_366', '{ year = 2023, month = 1, day = 366, hour = 0 }'],
  ['day_minus_365', '{ year = 2023, month = 1, day = -365, hour = 0 }'],
  ['leap_day_366', '{ year = 2024, month = 1, day = 366, hour = 0 }'],
  ['feb_29_non_leap', '{ year = 2023, month = 2, day = 29, hour = 0 }'],
  ['feb_29_1900', '{ year = 1900, month = 2, day = 29, hour = 0 }'],
  ['feb_29_2000', '{ year = 2000, month = 2, day = 29, hour = 0 }'],
  ['hour_minus_one', '{ year = 2023, month = 1, day = 1, hour = -1 }'],
  ['hour_1000', '{ year = 2023, month = 1, day = 1, hour = 1000 }'],
  ['min_minus_one', '{ year = 2023, month = 1, day = 1, hour = 0, min = -1 }'],
  ['min_100000', '{ year = 2023, month = 1, day = 1, hour = 0, min = 100000 }'],
  ['sec_86400', '{ year = 2023, month = 1, day = 1, hour = 0, sec = 86400 }'],
  ['sec_minus_86401', '{ year = 2023, month = 1, day = 1, hour = 0, sec = -86401 }'],
  ['all_negative', '{ year = 2023, month = -2, day = -3, hour = -4, min = -5, sec = -6 }'],
  ['year_1900', '{ year = 1900, month = 1, day = 1, hour = 0 }'],
  ['year_1601', '{ year = 1601, month = 1, day = 1, hour = 0 }'],
  ['year_1', '{ year = 1, month = 1, day = 1, hour = 0 }'],
  ['year_0', '{ year = 0, month = 3, day = 1, hour = 0 }'],
  ['year_negative', '{ year = -100, month = 1, day = 1, hour = 0 }'],
  ['year_9999', '{ year = 9999, month = 12, day = 31, hour = 23, min = 59, sec = 59 }'],
  ['year_100000', '{ year = 100000, month = 1, day = 1, hour = 0 }'],
  ['isdst_true', '{ year = 2023, month = 6, day = 1, hour = 12, isdst = true }'],
  ['isdst_false', '{ year = 2023, month = 6, day = 1, hour = 12, isdst = false }'],
  ['isdst_number', '{ year = 2023, month = 6, day = 1, hour = 12, isdst = 0 }'],
  ['extra_fields', '{ year = 2023, month = 6, day = 1, hour = 12, wday = 7, yday = 300, foo = "bar" }'],
  ['hex_string_fields', '{ year = "0x7d0", month = "0x2", day = " 3 ", hour = "4" }'],
  ['float_seconds', '{ year = 2020, month = 1, day = 1, hour = 0, min = 0, sec = 59.9 }'],
  ['negative_fraction', '{ year = 2020, month = 1, day = 1, hour = 0, min = 0, sec = -0.5 }'],
  ['day_31_of_april', '{ year = 2023, month = 4, day = 31, hour = 0 }'],
  ['dec_31_2038', '{ year = 2038, month = 12, day = 31, hour = 0 }'],
]
for (const [name, tbl] of TABLES) {
  prog(`time_norm_${name}`, 'os.time normalises an odd date table (TZ=UTC)', `
local t = os.time(${tbl})
print(t)
if t then print(os.date("!%Y-%m-%d %H:%M:%S %a %j", t)) end
`)
}
prog('time_table_not_modified', 'os.time does not write the normalised fields back in 5.1', `
local d = { year = 2023, month = 14, day = 40, hour = 25, min = 61, sec = 61 }
print(os.time(d))
print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
`)
for (const [name, tbl] of [['missing_day', '{ year = 2000, month = 1 }'], ['missing_month', '{ year = 2000, day = 1 }'], ['missing_year', '{ month = 1, day = 1 }'], ['empty', '{}'], ['day_not_number', '{ year = 2000, month = 1, day = "x" }'], ['year_boolean', '{ year = true, month = 1, day = 1 }'], ['month_table', '{ year = 2000, month = {}, day = 1 }']]) {
  prog(`time_error_${name}`, 'os.time with a required field missing or not a number', `
print(pcall(function() return os.time(${tbl}) end))
`)
}
prog('time_hour_min_sec_not_number', 'optional fields that are not numbers use the default', `
print(os.time({ year = 2000, month = 1, day = 1, hour = "x" }))
print(os.time({ year = 2000, month = 1, day = 1, min = {} }))
print(os.time({ year = 2000, month = 1, day = 1, sec = true }))
`)
prog('time_bad_argument', 'os.time with a non-table argument', `
print(pcall(function() return os.time("2000") end))
print(pcall(function() return os.time(12) end))
print(pcall(function() return os.time(false) end))
print(type(os.time(nil)))
print(type(os.time()))
`)
prog('time_metatable_index', 'os.time reads fields through __index (lua_getfield)', `
local defaults = { year = 2001, month = 2, day = 3 }
local d = setmetatable({ hour = 4 }, { __index = defaults })
print(os.time(d))
print(os.date("!%Y-%m-%d %H:%M:%S", os.time(d)))
`)
prog('time_now_is_integer', 'os.time() returns an integral number', `
local t = os.time()
print(type(t), t == math.floor(t), t > 1e9)
`)
prog('time_consecutive_days', 'os.time of consecutive days differ by 86400', `
local prev
for d = 1, 10 do
  local t = os.time({ year = 2023, month = 12, day = 25 + d, hour = 0 })
  if prev then io.write(t - prev, " ") end
  prev = t
end
print()
`)
prog('time_month_lengths', 'month lengths from os.time day 0 normalisation', `
for y = 2023, 2024 do
  local row = {}
  for m = 1, 12 do row[m] = os.date("!%d", os.time({ year = y, month = m + 1, day = 0 })) end
  print(y, table.concat(row, " "))
end
`)
prog('time_weekday_of_firsts', 'weekday of the first of each month of 2025', `
for m = 1, 12 do io.write(os.date("!%a ", os.time({ year = 2025, month = m, day = 1 }))) end
print()
`)

// -- difftime ------------------------------------------------------------------
prog('difftime_cases', 'os.difftime with one or two arguments', `
print(os.difftime(10, 3))
print(os.difftime(3, 10))
print(os.difftime(10))
print(os.difftime(1.5, 0.25))
print(os.difftime("10", "4"))
print(os.difftime(2^40, 1))
print(os.difftime(-5, -7))
`)
prog('difftime_errors', 'os.difftime argument errors', `
print(pcall(function() return os.difftime() end))
print(pcall(function() return os.difftime("x") end))
print(pcall(function() return os.difftime(1, "y") end))
print(pcall(function() return os.difftime({}, 1) end))
print(os.difftime(5, nil))
`)
prog('difftime_of_times', 'os.difftime of two os.time tables', `
local a = os.time({ year = 2024, month = 1, day = 1, hour = 0 })
local b = os.time({ year = 2023, month = 1, day = 1, hour = 0 })
print(os.difftime(a, b), os.difftime(a, b) / 86400)
print(os.difftime(b, a))
`)

// -- getenv / clock / tmpname --------------------------------------------------
prog('getenv_variants', 'os.getenv of missing names, numbers and odd names', `
print(os.getenv("TRACELUA_SURELY_UNSET_VARIABLE_1234"))
print(os.getenv(""))
print(os.getenv("="))
print(os.getenv(12345))
print(type(os.getenv("PATH")))
print(os.getenv("TZ"))
`)
prog('getenv_errors', 'os.getenv argument errors', `
print(pcall(function() return os.getenv() end))
print(pcall(function() return os.getenv(nil) end))
print(pcall(function() return os.getenv({}) end))
print(pcall(os.getenv))
`)
prog('clock_type', 'os.clock returns a non-negative number that does not go back', `
local a = os.clock()
local s = 0
for i = 1, 100000 do s = s + i end
local b = os.clock()
print(type(a), a >= 0, b >= a, s)
`)
prog('tmpname_type', 'os.tmpname returns a string (value not printed)', `
local n = os.tmpname()
print(type(n), #n > 0)
os.remove(n)
`)

// -- remove / rename -------------------------------------------------------------
prog('remove_missing', 'os.remove of a missing file returns nil, message, errno', `
print(os.remove("./.tmp/os_remove_missing_file.txt"))
print(os.remove(".tmp/no/such/dir/file"))
`)
prog('rename_missing', 'os.rename of a missing file returns nil, message, errno', `
print(os.rename("./.tmp/os_rename_missing_a.txt", "./.tmp/os_rename_missing_b.txt"))
`)
prog('remove_errors', 'os.remove argument errors', `
print(pcall(function() return os.remove() end))
print(pcall(function() return os.remove({}) end))
print(pcall(os.remove))
`)
prog('rename_errors', 'os.rename argument errors', `
print(pcall(function() return os.rename() end))
print(pcall(function() return os.rename("a") end))
print(pcall(function() return os.rename("a", {}) end))
`)
prog('remove_existing', 'os.remove of a created file, then again', `
local p = "./.tmp/os_remove_existing.txt"
local f = assert(io.open(p, "w"))
f:write("x")
f:close()
print(os.remove(p))
print(os.remove(p))
print(io.open(p))
`)
prog('rename_existing', 'os.rename moves a file; the old name is gone', `
local a, b = "./.tmp/os_rename_a.txt", "./.tmp/os_rename_b.txt"
local f = assert(io.open(a, "w"))
f:write("hello")
f:close()
print(os.rename(a, b))
print(io.open(a))
local g = assert(io.open(b))
print(g:read("*a"))
g:close()
print(os.remove(b))
`)
prog('rename_over_existing', 'os.rename replaces an existing target', `
local a, b = "./.tmp/os_rename_over_a.txt", "./.tmp/os_rename_over_b.txt"
local f = assert(io.open(a, "w")) f:write("new") f:close()
f = assert(io.open(b, "w")) f:write("old") f:close()
print(os.rename(a, b))
f = assert(io.open(b)) print(f:read("*a")) f:close()
print(os.remove(a))
print(os.remove(b))
`)
prog('remove_number_name', 'os.remove with a number name (converted to a string)', `
print(os.remove(987654321))
`)
prog('rename_to_missing_dir', 'os.rename into a missing directory', `
local a = "./.tmp/os_rename_dir_a.txt"
local f = assert(io.open(a, "w")) f:close()
print(os.rename(a, "./.tmp/no_such_dir/b.txt"))
print(os.remove(a))
`)

// -- setlocale / exit / execute -------------------------------------------------
prog('setlocale_queries', 'os.setlocale queries and the C locale', `
print(os.setlocale())
print(os.setlocale(nil))
print(os.setlocale("C"))
print(os.setlocale("POSIX"))
print(os.setlocale(nil, "all"))
print(os.setlocale(nil, "numeric"))
print(os.setlocale("C", "collate"))
`)
prog('setlocale_unknown', 'os.setlocale of an unknown locale returns nil', `
print(os.setlocale("xx_YY.bogus"))
print(os.setlocale("xx_YY.bogus", "time"))
print(os.setlocale())
`)
prog('setlocale_bad_category', 'os.setlocale with an invalid category', `
print(pcall(function() return os.setlocale(nil, "bogus") end))
print(pcall(function() return os.setlocale("C", "") end))
print(pcall(function() return os.setlocale({}) end))
`)
for (const cat of ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time']) {
  prog(`setlocale_category_${cat}`, `os.setlocale with category ${cat}`, `
print(os.setlocale(nil, "${cat}"))
print(os.setlocale("C", "${cat}"))
print(os.setlocale("", "${cat}") ~= nil)
`)
}
prog('exit_code', 'os.exit(3) ends with status 3 after flushing output', `
print("before")
io.write("partial")
os.exit(3)
print("after")
`)
prog('exit_zero', 'os.exit(0) ends normally', `
print("before")
os.exit(0)
print("after")
`)
prog('exit_default', 'os.exit() ends with success', `
io.write("no newline")
os.exit()
`)
prog('exit_fraction', 'os.exit with a fractional code truncates', `
print("x")
os.exit(2.9)
`)
prog('exit_bad_arg', 'os.exit with a non-number argument', `
print(pcall(function() os.exit("x") end))
print(pcall(function() os.exit({}) end))
print("still here")
`)
prog('exit_string_number', 'os.exit with a numeric string', `
print("y")
os.exit("4")
`)
prog('exit_inside_pcall', 'os.exit inside pcall is not caught', `
print(pcall(function() os.exit(5) end))
print("not reached")
`)
prog('exit_in_coroutine', 'os.exit inside a coroutine ends the program', `
local co = coroutine.create(function() print("in co") os.exit(6) end)
print(coroutine.resume(co))
print("not reached")
`)
prog('execute_status', 'os.execute return values (raw wait status in 5.1)', `
print(os.execute("exit 0"))
print(os.execute("exit 3"))
print(os.execute("true"))
print(os.execute("false"))
`)
prog('execute_no_command', 'os.execute() reports that a shell exists', `
print(os.execute())
`)

// -- library shape -----------------------------------------------------------------
prog('os_library_names', 'the names in the os table', `
local names = {}
for k, v in pairs(os) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
`)
prog('os_functions_tostring_not_address', 'os functions are functions (no addresses printed)', `
print(type(os.date), type(os.time), type(os.clock), type(os.exit))
print(os.date == os.date, os.time ~= os.clock)
`)
prog('date_bad_format_type', 'os.date format argument errors', `
print(pcall(function() return os.date(true) end))
print(pcall(function() return os.date(nil, 0) end))
print(pcall(os.date, {}))
`)
prog('time_field_order_normalisation', 'seconds and minutes carry into the next day and month', `
print(os.date("!%c", os.time({ year = 2023, month = 1, day = 31, hour = 23, min = 59, sec = 60 })))
print(os.date("!%c", os.time({ year = 2023, month = 12, day = 31, hour = 23, min = 59, sec = 60 })))
print(os.date("!%c", os.time({ year = 2024, month = 2, day = 28, hour = 24 })))
`)
done(GEN, n)
