-- the number of values resume returns
local co = coroutine.create(function(...)
  coroutine.yield()
  coroutine.yield(nil)
  coroutine.yield(1, 2, 3)
  return ...
end)
for i = 1, 5 do print(select("#", coroutine.resume(co, "x", "y"))) end
