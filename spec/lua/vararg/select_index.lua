-- select(i, ...) returns the values from i on; negative counts from the end.
print(select(2, "a", "b", "c")) -- expect: b	c
print(select(3, "a", "b", "c")) -- expect: c
print(select(4, "a", "b", "c")) -- expect:
print(select(-1, "a", "b", "c")) -- expect: c
print(select(-2, "a", "b", "c")) -- expect: b	c
print((select(2, "a", "b", "c"))) -- expect: b
local ok, e = pcall(function() local r = select(0, "a"); return r end)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	bad argument #1 to 'select' (index out of range)
