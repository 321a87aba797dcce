-- wrap returns the values without the status flag
local w = coroutine.wrap(function(a) local b = coroutine.yield(a * 2) return a, b, "end" end)
print(w(21))
print(w("x"))
print(pcall(w))
