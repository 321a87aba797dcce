-- a wrap called inside pcall inside a coroutine
local co = coroutine.create(function()
  local w = coroutine.wrap(function() coroutine.yield("inner") error("inner error", 0) end)
  local r1 = { pcall(w) }
  local r2 = { pcall(w) }
  coroutine.yield(r1[1], r1[2], r2[1], r2[2])
  return "finished"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
