-- table.concat with separators and ranges.
local t = { "a", "b", "c", "d" }
print(table.concat(t)) -- expect: abcd
print(table.concat(t, ", ")) -- expect: a, b, c, d
print(table.concat(t, "-", 2, 3)) -- expect: b-c
print(table.concat(t, "-", 3, 2) == "") -- expect: true
print(table.concat({ 1, 2.5, "x" }, " ")) -- expect: 1 2.5 x
local ok, e = pcall(table.concat, { 1, {}, 3 })
print(ok, e) -- expect: false	invalid value (table) at index 2 in table for 'concat'
