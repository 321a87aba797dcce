-- An upvalue keeps its value after its frame returns.
local function counter(start)
  local c = start
  return function() c = c + 1; return c end
end
local a, b = counter(0), counter(100)
print(a(), a(), b(), a()) -- expect: 1	2	101	3
