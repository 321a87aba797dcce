-- A stack overflow caught by xpcall(f, debug.traceback): every level of the
-- runaway recursion shows its line, the first one included, and the same
-- holds the second time (the error reserve is available again).
local line = debug.getinfo(1, "l").currentline; local function deep() deep() end

local function lines(tb)
  local bad, n = 0, 0
  for l in string.gmatch(tb, "[^\n]+") do
    local at = string.match(l, ":(%d+): in function 'deep'") or string.match(l, ":(%?): in function 'deep'")
    if at then
      n = n + 1
      if tonumber(at) ~= line then bad = bad + 1 end
    end
  end
  return n > 15, bad
end

for round = 1, 2 do
  local ok, tb = xpcall(deep, debug.traceback)
  print(ok, string.find(tb, "stack overflow", 1, true) ~= nil, lines(tb))
end
-- expect: false	true	true	0
-- expect: false	true	true	0

-- plain pcall overflows in between do not use the reserve up either
for i = 1, 3 do pcall(deep) end
local ok, tb = xpcall(deep, debug.traceback)
print(ok, lines(tb)) -- expect: false	true	0
