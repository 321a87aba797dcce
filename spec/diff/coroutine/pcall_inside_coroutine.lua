-- pcall inside a coroutine catches errors without affecting it
local co = coroutine.create(function()
  local ok, e = pcall(error, "caught inside", 0)
  coroutine.yield(ok, e)
  local ok2, e2 = xpcall(function() error("again", 0) end, function(m) return "handled " .. m end)
  return ok2, e2
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))
