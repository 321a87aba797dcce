-- a coroutine resumed by another reports errors to that resumer
local worker = coroutine.create(function(x) if x > 1 then error("too big: " .. x, 0) end return "fine" end)
local boss = coroutine.create(function()
  local ok, v = coroutine.resume(worker, 5)
  return "boss saw", ok, v
end)
print(coroutine.resume(boss))
print(coroutine.status(worker), coroutine.status(boss))
