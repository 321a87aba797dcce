-- next walks the array part in index order
local t = { "a", "b", "c", "d" }
local k, v = next(t)
while k do io.write(k, "=", v, " ") k, v = next(t, k) end
print()
