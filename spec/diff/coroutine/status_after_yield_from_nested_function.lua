-- a coroutine suspended deep in calls reports suspended
local function deep(n) if n == 0 then coroutine.yield("bottom") else deep(n - 1) end end
local co = coroutine.create(function() deep(20) return "back" end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
print(coroutine.status(co))
