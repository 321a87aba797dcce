-- A yield deep inside Lua calls suspends the whole coroutine.
local function deep(n)
  if n == 0 then return coroutine.yield("bottom") end
  return deep(n - 1) .. "<" .. n
end
local co = coroutine.create(function() return deep(3) end)
print(coroutine.resume(co)) -- expect: true	bottom
print(coroutine.resume(co, "up")) -- expect: true	up<1<2<3
