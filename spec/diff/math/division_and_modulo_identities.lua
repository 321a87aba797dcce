-- a == b * floor(a / b) + a % b for many pairs
local bad = 0
for a = -20, 20 do
  for b = -7, 7 do
    if b ~= 0 then
      local q = math.floor(a / b)
      if q * b + a % b ~= a then bad = bad + 1 end
      if a % b ~= 0 and (a % b < 0) ~= (b < 0) then bad = bad + 1 end
    end
  end
end
print(bad)
