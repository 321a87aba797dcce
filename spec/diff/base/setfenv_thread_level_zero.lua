-- setfenv(0, t) changes the thread's environment used by loadstring
local saved = getfenv(0)
local env = { tag = "new env" }
setfenv(0, env)
local f = loadstring("return tag")
setfenv(0, saved)
print(f())
print(getfenv(0) == _G)
local co = coroutine.create(function() return getfenv(0) == _G end)
print(coroutine.resume(co))
