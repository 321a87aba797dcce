-- deep (non-tail) recursion inside a coroutine
local function depth(n) if n == 0 then return coroutine.yield("bottom") end return 1 + depth(n - 1) end
local co = coroutine.create(depth)
print(coroutine.resume(co, 5000))
print(coroutine.resume(co, 0))
