-- Equal strings are equal values regardless of how they were built.
local a = "ab" .. "c"
local b = string.char(97, 98, 99)
local c = ("xabcx"):sub(2, 4)
print(a == b, b == c) -- expect: true	true
local t = {}
t[a] = 1
print(t[b], t[c]) -- expect: 1	1
