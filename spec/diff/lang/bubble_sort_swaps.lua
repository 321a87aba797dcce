-- bubble sort using multiple assignment swaps
local t = {}
for i = 1, 200 do t[i] = (i * 7919) % 200 end
local swaps = 0
for i = #t, 2, -1 do
  for j = 1, i - 1 do
    if t[j] > t[j + 1] then t[j], t[j + 1] = t[j + 1], t[j]; swaps = swaps + 1 end
  end
end
print(swaps, t[1], t[100], t[200])
