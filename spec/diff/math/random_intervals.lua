-- math.random(m, n) over many intervals with one seed
math.randomseed(99)
local iv = { { 1, 2 }, { 0, 1 }, { -1, 1 }, { -10, -5 }, { 100, 200 }, { 1, 1000000 }, { -1000000, 1000000 }, { 5, 6 } }
for i = 1, #iv do
  local o = {}
  for k = 1, 8 do o[k] = math.random(iv[i][1], iv[i][2]) end
  print(iv[i][1], iv[i][2], table.concat(o, " "))
end
