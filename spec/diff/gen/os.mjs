// Generates spec/diff/os/*.lua: the deterministic parts of the os library.
// os.date with a fixed time and a "!" (UTC) format, one program per strftime
// conversion of the C89 set; os.date("!*t"); os.time with a table (recorded
// with TZ=UTC, so local time is UTC) including field normalisation; difftime.
import { emit, done } from './_lib.mjs'

const GEN = 'os.mjs'
const TIMES = ['0', '86399', '86400', '951782400', '946684800', '1234567890', '2147483647', '1e9', '-86400', '4102444800', '1700000000', '1709164800']
const CONVS = ['a', 'A', 'b', 'B', 'c', 'd', 'H', 'I', 'j', 'm', 'M', 'p', 'S', 'U', 'w', 'W', 'x', 'X', 'y', 'Y', '%']

let n = 0
for (const c of CONVS) {
  const name = c === '%' ? 'percent' : (c === c.toUpperCase() ? `upper_${c}` : `lower_${c}`)
  emit(GEN, 'os', `date_${name}`, `os.date("!%${c}") for fixed times`, [
    `local times = { ${TIMES.join(', ')} }`,
    `for i = 1, #times do print(times[i], os.date("!%${c}", times[i])) end`,
  ])
  n++
}
const COMBOS = [
  ['iso8601', '!%Y-%m-%dT%H:%M:%SZ'],
  ['rfc_like', '!%a, %d %b %Y %H:%M:%S GMT'],
  ['clock_12h', '!%I:%M %p'],
  ['literal_text', '!date: %d/%m/%Y (day %j)'],
  ['no_conversions', '!plain text'],
  ['empty_format', '!'],
  ['week_numbers', '!%Y %U %W %w %a'],
]
for (const [name, fmt] of COMBOS) {
  emit(GEN, 'os', `date_combo_${name}`, `os.date(${JSON.stringify(fmt)}) for fixed times`, [
    `local times = { ${TIMES.join(', ')} }`,
    `for i = 1, #times do print(os.date(${JSON.stringify(fmt)}, times[i])) end`,
  ])
  n++
}
emit(GEN, 'os', 'date_star_t_utc', 'os.date("!*t") fields for fixed times', [
  `local times = { ${TIMES.join(', ')} }`,
  `local keys = { "year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst" }`,
  `for i = 1, #times do`,
  `  local t = os.date("!*t", times[i])`,
  `  local row = {}`,
  `  for k = 1, #keys do row[k] = keys[k] .. "=" .. tostring(t[keys[k]]) end`,
  `  print(table.concat(row, " "))`,
  `end`,
])
n++
// [name, table constructor]
const TABLES = [
  ['epoch', '{ year = 1970, month = 1, day = 1, hour = 0 }'],
  ['y2k', '{ year = 2000, month = 1, day = 1, hour = 0, min = 0, sec = 0 }'],
  ['default_hour_is_noon', '{ year = 2000, month = 1, day = 1 }'],
  ['leap_day', '{ year = 2024, month = 2, day = 29, hour = 12 }'],
  ['month_overflow', '{ year = 2023, month = 13, day = 1, hour = 0 }'],
  ['month_zero', '{ year = 2023, month = 0, day = 15, hour = 0 }'],
  ['day_zero', '{ year = 2023, month = 3, day = 0, hour = 0 }'],
  ['day_overflow', '{ year = 2023, month = 2, day = 30, hour = 0 }'],
  ['negative_day', '{ year = 2023, month = 3, day = -1, hour = 0 }'],
  ['hour_overflow', '{ year = 2023, month = 12, day = 31, hour = 24, min = 0 }'],
  ['minute_and_second_overflow', '{ year = 2023, month = 6, day = 15, hour = 10, min = 125, sec = 3661 }'],
  ['negative_seconds', '{ year = 2023, month = 1, day = 1, hour = 0, min = 0, sec = -1 }'],
  ['string_fields', '{ year = "2001", month = "9", day = "9", hour = "1", min = "46", sec = "40" }'],
  ['fractional_fields', '{ year = 2010, month = 5.9, day = 10.2, hour = 3.7 }'],
  ['before_epoch', '{ year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 58 }'],
  ['year_2038', '{ year = 2038, month = 1, day = 19, hour = 3, min = 14, sec = 8 }'],
]
for (const [name, tbl] of TABLES) {
  emit(GEN, 'os', `time_${name}`, `os.time with a date table (TZ=UTC), then back through os.date("!*t")`, [
    `local t = os.time(${tbl})`,
    `print(t)`,
    `local d = os.date("!*t", t)`,
    `print(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday)`,
    `print(os.date("!%Y-%m-%d %H:%M:%S", t))`,
  ])
  n++
}
done(GEN, n)
