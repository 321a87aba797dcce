-- a coroutine that drives another one
local inner = coroutine.create(function()
  for i = 1, 3 do coroutine.yield("inner " .. i) end
end)
local outer = coroutine.create(function()
  while true do
    local ok, v = coroutine.resume(inner)
    if not v then break end
    coroutine.yield("outer got " .. v)
  end
  return "outer done"
end)
for i = 1, 5 do print(coroutine.resume(outer)) end
