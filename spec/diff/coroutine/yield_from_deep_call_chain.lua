-- yielding from a function several Lua calls deep
local function c() return coroutine.yield("from c") end
local function b() return "b(" .. c() .. ")" end
local function a() return "a(" .. b() .. ")" end
local co = coroutine.create(a)
print(coroutine.resume(co))
print(coroutine.resume(co, "value"))
