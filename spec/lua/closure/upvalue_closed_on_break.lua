-- Leaving a loop with break closes the body's upvalues.
local fs = {}
for i = 1, 10 do
  local v = i * i
  fs[#fs + 1] = function() return v end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3]()) -- expect: 3	1	4	9
