-- the first resume's arguments become the body's parameters
local co = coroutine.create(function(a, b, ...)
  print(a, b, select("#", ...), ...)
  return a
end)
print(coroutine.resume(co, 1, 2, 3, nil, 5))
co = coroutine.create(function(a, b) print(a, b) end)
print(coroutine.resume(co))
