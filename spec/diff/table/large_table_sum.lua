-- a large array and a large hash
local arr, hash = {}, {}
for i = 1, 100000 do arr[i] = i end
for i = 1, 20000 do hash["x" .. i] = i end
local s1, s2 = 0, 0
for i = 1, #arr do s1 = s1 + arr[i] end
for k, v in pairs(hash) do s2 = s2 + v end
print(#arr, s1, s2)
