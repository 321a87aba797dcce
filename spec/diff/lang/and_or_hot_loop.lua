-- and/or expressions with mixed truthiness in a loop
local t = { 1, false, nil, "s", 0 }
local r = {}
for i = 1, 500 do
  local v = t[i % 5 + 1]
  local x = v and "T" or "F"
  local y = v or "default"
  r[x] = (r[x] or 0) + 1
  if y == "default" then r.d = (r.d or 0) + 1 end
end
print(r.T, r.F, r.d)
