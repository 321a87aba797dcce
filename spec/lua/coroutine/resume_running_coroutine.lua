-- A coroutine cannot resume itself or its resumer.
local co
co = coroutine.create(function()
  print(coroutine.resume(co))
  return "end"
end)
print(coroutine.resume(co))
-- expect: false	cannot resume running coroutine
-- expect: true	end
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer)) -- expect: true	true	false	cannot resume normal coroutine
