-- LuaJIT-only behaviour (verified with `luajit`): the iterator function of a for-in loop may yield.
local function iter(_, c)
  c = c + 1
  if c <= 2 then coroutine.yield("iter " .. c); return c end
end
local co = coroutine.wrap(function()
  local seen = {}
  for i in iter, nil, 0 do seen[#seen + 1] = i end
  return table.concat(seen, ",")
end)
print(co()) -- expect: iter 1
print(co()) -- expect: iter 2
print(co()) -- expect: 1,2
