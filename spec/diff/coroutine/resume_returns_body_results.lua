-- the body's return values come out of the last resume
local co = coroutine.create(function() return 1, nil, "three", nil end)
local r = { coroutine.resume(co) }
print(table.maxn(r), r[1], r[2], r[3], r[4], r[5])
co = coroutine.create(function() return end)
print(select("#", coroutine.resume(co)))
co = coroutine.create(function() return coroutine.yield() end)
coroutine.resume(co)
print(coroutine.resume(co, "a", "b"))
