-- pcall inside a coroutine catches errors without yielding
local co = coroutine.create(function()
  local ok, e = pcall(error, "caught")
  coroutine.yield(ok, e)
  local ok2, e2 = pcall(function() return 1 + nil end)
  return ok2, e2
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
