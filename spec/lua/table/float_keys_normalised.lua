-- A float key with an integer value is the same key as the integer.
local t = {}
t[1.0] = "a"
print(t[1]) -- expect: a
t[2] = "b"
print(t[2.0]) -- expect: b
print(#t) -- expect: 2
local k = 3 / 1
t[k] = "c"
print(t[3], #t) -- expect: c	3
t[0.5] = "half"
print(t[0.5], t[1 / 2]) -- expect: half	half
print(t["1"]) -- expect: nil
