-- 5.1 cannot yield across pcall
local co = coroutine.create(function()
  local ok, e = pcall(coroutine.yield, 1)
  print("pcall returned", ok, e)
  local ok2, e2 = pcall(function() coroutine.yield(2) end)
  print("pcall returned", ok2, e2)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
