-- values that switch between integral and fractional in a loop
local v = 1
local out = {}
for i = 1, 200 do
  v = v * 1.5
  if v > 1000 then v = v / 1000 end
  if i % 40 == 0 then out[#out + 1] = string.format("%.6f", v) end
end
print(table.concat(out, " "))
local c = 0
for i = 1, 300 do
  local h = i / 2
  if h == math.floor(h) then c = c + 1 end
end
print(c)
