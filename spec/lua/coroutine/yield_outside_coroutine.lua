-- Yielding from the main thread is an error.
local ok, e = pcall(coroutine.yield, 1)
print(ok, e:find("attempt to yield", 1, true) ~= nil) -- expect: false	true
