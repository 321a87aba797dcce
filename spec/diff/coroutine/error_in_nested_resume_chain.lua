-- an error in an inner coroutine is reported to its resumer only
local inner = coroutine.create(function() error("inner failed") end)
local outer = coroutine.create(function()
  local ok, e = coroutine.resume(inner)
  coroutine.yield(ok, e)
  return "outer fine"
end)
print(coroutine.resume(outer))
print(coroutine.resume(outer))
print(coroutine.status(inner), coroutine.status(outer))
