-- output order of interleaved prints
local co = coroutine.create(function(a)
  print("co 1", a)
  local b = coroutine.yield("y1")
  print("co 2", b)
  local c = coroutine.yield("y2")
  print("co 3", c)
  return "r"
end)
print("main 1", coroutine.resume(co, "A"))
print("main 2", coroutine.resume(co, "B"))
print("main 3", coroutine.resume(co, "C"))
print("main 4", coroutine.resume(co, "D"))
