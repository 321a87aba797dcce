-- runaway recursion in a coroutine is reported by resume
local function r() return 1 + r() end
local co = coroutine.create(r)
local ok, e = coroutine.resume(co)
print(ok, e)
print(coroutine.status(co))
