-- LuaJIT-only behaviour (verified with `luajit`): an error after resuming inside pcall is caught by that pcall.
local co = coroutine.create(function()
  local ok, e = pcall(function()
    coroutine.yield("waiting")
    error("late failure", 0)
  end)
  coroutine.yield(ok, e)
  return "finished"
end)
print(coroutine.resume(co)) -- expect: true	waiting
print(coroutine.resume(co)) -- expect: true	false	late failure
print(coroutine.resume(co)) -- expect: true	finished
