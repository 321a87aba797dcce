-- unreferenced suspended coroutines are collected without effects
for i = 1, 200 do
  local co = coroutine.create(function() coroutine.yield(i) end)
  coroutine.resume(co)
end
collectgarbage()
print("ok", collectgarbage("count") > 0)
