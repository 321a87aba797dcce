-- messages of runtime errors inside coroutines name variables
local co = coroutine.create(function()
  local t = {}
  return t.field.sub
end)
print(coroutine.resume(co))
co = coroutine.create(function() return undefinedglobal() end)
print(coroutine.resume(co))
co = coroutine.create(function() local s = "x" return s + 1 end)
print(coroutine.resume(co))
