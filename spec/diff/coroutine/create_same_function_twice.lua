-- two coroutines of the same function are independent
local function body(name) for i = 1, 2 do coroutine.yield(name .. i) end return name .. " done" end
local a, b = coroutine.create(body), coroutine.create(body)
print(coroutine.resume(a, "a"))
print(coroutine.resume(b, "b"))
print(coroutine.resume(b))
print(coroutine.resume(a))
print(coroutine.resume(a))
print(coroutine.resume(b))
