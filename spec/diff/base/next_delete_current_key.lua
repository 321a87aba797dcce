-- removing the current key during next traversal is allowed
local t = {}
for i = 1, 8 do t[i] = i end
local seen = 0
local k = next(t)
while k do
  local nk = next(t, k)
  t[k] = nil
  seen = seen + 1
  k = nk
end
print(seen, next(t))
