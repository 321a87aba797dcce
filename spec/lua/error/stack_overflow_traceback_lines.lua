-- A stack overflow caught by xpcall(f, debug.traceback): every level of the
-- runaway recursion shows its line, the first one included, also after an
-- earlier overflow (the error reserve is available again).
local line = debug.getinfo(1, "l").currentline; local function deep() deep() end

local function lines(tb)
  local bad, n = 0, 0
  for l in string.gmatch(tb, "[^\n]+") do
    local at = string.match(l, ":([%d?]+): in function 'deep'")
    if at then
      n = n + 1
      if tonumber(at) ~= line then bad = bad + 1 end
    end
  end
  return n > 15, bad
end

print((select(2, pcall(deep)):gsub("^.-:%d+: ", ""))) -- expect: stack overflow
local ok, tb = xpcall(deep, debug.traceback)
print(ok, string.find(tb, "stack overflow", 1, true) ~= nil, lines(tb))
-- expect: false	true	true	0
