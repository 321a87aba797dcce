-- arguments to a wrap function become yield results
local w = coroutine.wrap(function(a)
  local b = coroutine.yield(a .. "!")
  local c, d = coroutine.yield(b .. "?")
  return c .. d
end)
print(w("one"), w("two"), w("three", "four"))
