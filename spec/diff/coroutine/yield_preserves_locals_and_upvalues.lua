-- locals, upvalues and varargs survive yields
local counter = 0
local co = coroutine.wrap(function(...)
  local a, b = ...
  local t = { ... }
  for i = 1, 3 do
    counter = counter + 1
    coroutine.yield(a + i, b .. i, #t, counter)
  end
  return select("#", ...)
end)
print(co(10, "s", nil, 4))
print(co())
print(co())
print(co())
print(counter)
