-- hundreds of arguments into a coroutine and back
local args = {}
for i = 1, 200 do args[i] = i end
local co = coroutine.create(function(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return select("#", ...), s end)
print(coroutine.resume(co, unpack(args)))
co = coroutine.create(function() coroutine.yield(unpack(args)) end)
local r = { coroutine.resume(co) }
print(#r, r[2], r[201])
