-- building string keys dynamically in a loop
local t = {}
for i = 1, 1000 do
  local k = "key" .. (i % 37)
  t[k] = (t[k] or 0) + i
end
local total, n = 0, 0
for k, v in pairs(t) do total = total + v; n = n + 1 end
print(n, total, t.key0, t.key36)
