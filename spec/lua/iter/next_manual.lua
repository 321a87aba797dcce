-- next walks a table; next(t) of an empty table is nil.
print(next({})) -- expect: nil
local t = { only = "one" }
local k, v = next(t)
print(k, v) -- expect: only	one
print(next(t, k)) -- expect: nil
local seq = { 5, 6 }
local i, x = next(seq)
print(i, x) -- expect: 1	5
print(next(seq, 1)) -- expect: 2	6
print(next(seq, 2)) -- expect: nil
