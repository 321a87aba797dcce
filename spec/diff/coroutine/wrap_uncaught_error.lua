-- an error escaping a wrap function through the main chunk
local w = coroutine.wrap(function()
  coroutine.yield(1)
  error("second call fails")
end)
print(w())
w()
