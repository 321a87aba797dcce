-- tostring/tonumber round trips of %.14g
local vals = { 0.1, 1 / 3, 123.456, 1e-300, 2 ^ 40 + 0.5 }
for i = 1, #vals do
  local s = tostring(vals[i])
  print(s, tonumber(s) == vals[i], string.format("%.17g", vals[i]))
end
