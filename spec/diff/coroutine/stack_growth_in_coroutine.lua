-- deep but bounded recursion inside a coroutine
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
local co = coroutine.create(function(n) coroutine.yield(depth(n)) return depth(n * 2) end)
print(coroutine.resume(co, 1000))
print(coroutine.resume(co))
