-- yield with no values and resume with none
local co = coroutine.create(function()
  local n = select("#", coroutine.yield())
  print("resumed with", n)
  return
end)
print(select("#", coroutine.resume(co)))
print(select("#", coroutine.resume(co)))
