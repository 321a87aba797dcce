-- Stack overflow inside a coroutine is returned by resume.
local function runaway() return 1 + runaway() end
local co = coroutine.create(runaway)
local ok, e = coroutine.resume(co)
print(ok, e:find("stack overflow", 1, true) ~= nil, coroutine.status(co)) -- expect: false	true	dead
