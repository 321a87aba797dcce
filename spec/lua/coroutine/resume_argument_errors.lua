-- Library argument checks.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() coroutine.resume(1) end)) -- expect: bad argument #1 to 'resume' (coroutine expected)
print(msg(function() coroutine.create(1) end)) -- expect: bad argument #1 to 'create' (Lua function expected)
print(msg(function() coroutine.status({}) end)) -- expect: bad argument #1 to 'status' (coroutine expected)
