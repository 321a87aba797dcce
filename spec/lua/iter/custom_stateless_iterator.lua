-- A stateless iterator function receives (state, control).
local function evens(limit, cur)
  cur = cur + 2
  if cur <= limit then return cur end
end
local out = {}
for v in evens, 10, 0 do out[#out + 1] = v end
print(table.concat(out, ",")) -- expect: 2,4,6,8,10
