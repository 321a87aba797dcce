-- wrap passes arguments to the body and to yield
local w = coroutine.wrap(function(...)
  print("start", ...)
  while true do print("got", coroutine.yield(select("#", ...))) end
end)
print(w(1, 2, 3))
print(w())
print(w(nil, nil))
