-- atan2 over the signs of zero and infinities
local z = 0
local vals = { z, -z, 1, -1, 1/0, -1/0 }
local names = { "0", "-0", "1", "-1", "inf", "-inf" }
for i = 1, #vals do
  local row = {}
  for j = 1, #vals do row[j] = string.format("%.6f", math.atan2(vals[i], vals[j])) end
  print(names[i], table.concat(row, " "))
end
