-- coroutine.running inside and outside
print(coroutine.running())
local co
co = coroutine.create(function()
  local r = coroutine.running()
  return r == co, type(r)
end)
print(coroutine.resume(co))
