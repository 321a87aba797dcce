-- A stack overflow caught by xpcall(f, debug.traceback): every level of the
-- runaway recursion shows its line, the first one included, also after an
-- earlier overflow (the error reserve is available again). The recursing
-- function has many locals so that the stack fills up after few calls.
local names = {}
for i = 1, 180 do names[i] = "a" .. i end
local deep = assert(loadstring("local deep; deep = function () local " ..
  table.concat(names, ",") .. " = 1; deep() end; return deep", "=deep"))()

local function lines(tb)
  local bad, n = 0, 0
  for l in string.gmatch(tb, "[^\n]+") do
    local at = string.match(l, "^%s*deep:([%d?]+):")
    if at then
      n = n + 1
      if at ~= "1" then bad = bad + 1 end
    end
  end
  return n > 15, bad
end

print((select(2, pcall(deep)))) -- expect: deep:1: stack overflow
local ok, tb = xpcall(deep, debug.traceback)
print(ok, string.find(tb, "stack overflow", 1, true) ~= nil, lines(tb))
-- expect: false	true	true	0
