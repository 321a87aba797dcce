-- an uncaught error from inside a wrap at the top level
local w = coroutine.wrap(function()
  local t = nil
  return t[1]
end)
w()
