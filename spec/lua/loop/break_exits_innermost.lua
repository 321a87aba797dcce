-- break leaves only the innermost loop.
local out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    out[#out + 1] = i .. j
  end
end
print(table.concat(out, " ")) -- expect: 11 21 31
local k = 0
while true do k = k + 1; if k == 7 then break end end
print(k) -- expect: 7
local r = 0
repeat r = r + 1; if r == 3 then break end until false
print(r) -- expect: 3
