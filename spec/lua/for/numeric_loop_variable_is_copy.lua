-- Assigning to the loop variable does not change the iteration.
local out = {}
for i = 1, 3 do
  out[#out + 1] = i
  i = i * 100
  out[#out + 1] = i
end
print(table.concat(out, ",")) -- expect: 1,100,2,200,3,300
