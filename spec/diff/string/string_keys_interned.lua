-- equal strings built different ways index the same table slot
local t = {}
t["ab" .. "cd"] = 1
t[("xabcdx"):sub(2, 5)] = (t[("xabcdx"):sub(2, 5)] or 0) + 1
t[string.char(97, 98, 99, 100)] = t[string.char(97, 98, 99, 100)] + 1
print(t.abcd)
