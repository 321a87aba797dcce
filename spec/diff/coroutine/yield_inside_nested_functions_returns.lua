-- yield from a function three calls deep, values returned on the way
local function c(x) return coroutine.yield(x) .. "c" end
local function b(x) return c(x .. "b") .. "b" end
local function a(x) return b(x .. "a") .. "a" end
local co = coroutine.create(a)
print(coroutine.resume(co, "<"))
print(coroutine.resume(co, ">"))
