-- load's reader function cannot yield
local co = coroutine.create(function()
  return load(function() coroutine.yield("reading") end)
end)
print(coroutine.resume(co))
