-- a split function built on find with plain = true
local function split(s, sep)
  local out, pos = {}, 1
  while true do
    local a, b = s:find(sep, pos, true)
    if not a then out[#out + 1] = s:sub(pos); break end
    out[#out + 1] = s:sub(pos, a - 1)
    pos = b + 1
  end
  return out
end
local cases = { { "a,b,c", "," }, { "a,,b", "," }, { ",", "," }, { "", "," }, { "a..b..c", ".." }, { "no sep", "|" } }
for i = 1, #cases do
  local r = split(cases[i][1], cases[i][2])
  print(#r, table.concat(r, "|"))
end
