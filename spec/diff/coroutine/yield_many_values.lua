-- yield and resume with many values and nils
local co = coroutine.create(function(...)
  local n = select("#", ...)
  local r = { coroutine.yield(n, ...) }
  return #r, unpack(r)
end)
print(coroutine.resume(co, 1, nil, 3, nil))
print(coroutine.resume(co, "a", "b", "c"))
