-- each wrap level prepends the position of its caller to string errors
local inner = coroutine.wrap(function() error("deep") end)
local outer = coroutine.wrap(function()
  inner()
end)
print(pcall(outer))
local outer2 = coroutine.wrap(function() local ok, e = pcall(inner); error(e, 0) end)
print(pcall(outer2))
