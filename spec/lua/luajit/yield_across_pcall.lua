-- LuaJIT-only behaviour (expectations verified with `luajit`, not lua5.1, which raises
-- "attempt to yield across metamethod/C-call boundary"): yield works inside pcall.
local co = coroutine.wrap(function()
  local ok, v = pcall(function() return coroutine.yield("in pcall") end)
  return ok, v
end)
print(co()) -- expect: in pcall
print(co("resumed")) -- expect: true	resumed
