-- a generator that yields a sequence
local gen = coroutine.create(function() for i = 1, 5 do coroutine.yield(i * i) end return "end" end)
while true do
  local ok, v = coroutine.resume(gen)
  print(ok, v, coroutine.status(gen))
  if coroutine.status(gen) == "dead" then break end
end
