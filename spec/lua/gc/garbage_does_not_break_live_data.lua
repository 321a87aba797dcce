-- Allocating lots of garbage with collections in between keeps live data intact.
local live = {}
for i = 1, 100 do live[i] = { id = i, name = "n" .. i } end
for round = 1, 5 do
  for i = 1, 2000 do local g = { i, tostring(i) } end
  collectgarbage()
end
local ok = true
for i = 1, 100 do if live[i].id ~= i or live[i].name ~= "n" .. i then ok = false end end
print(ok, #live) -- expect: true	100
