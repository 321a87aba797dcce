-- closures capturing loop variables at several nesting levels
local fs = {}
for i = 1, 3 do
  for j = 1, 3 do
    fs[#fs + 1] = function() return i * 10 + j end
  end
end
local out = {}
for k = 1, #fs do out[k] = fs[k]() end
print(table.concat(out, " "))
