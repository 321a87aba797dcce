-- LuaJIT-only behaviour (verified with `luajit`): yield inside xpcall; the handler stays installed.
local co = coroutine.wrap(function()
  local ok, v = xpcall(function() return coroutine.yield(1) + 1 end, function(e) return "handled" end)
  local ok2, v2 = xpcall(function() coroutine.yield(2); error("after yield", 0) end, function(e) return "handled " .. e end)
  return ok, v, ok2, v2
end)
print(co()) -- expect: 1
print(co(41)) -- expect: 2
print(co()) -- expect: true	42	false	handled after yield
