-- a three-stage pipeline of wrap coroutines
local function source(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
local function square(g) return coroutine.wrap(function() for v in g do coroutine.yield(v * v) end end) end
local function total(g) local s = 0 for v in g do s = s + v end return s end
print(total(square(source(10))), total(square(source(100))))
