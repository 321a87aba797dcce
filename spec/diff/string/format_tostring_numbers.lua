-- string.format %s and tostring agree on numbers
local nums = { 1, -1, 0.1, 1 / 3, 1e15, 1e16, 123456789012, 2 ^ 63, -2 ^ 63, 1e-7 }
for i = 1, #nums do print(tostring(nums[i]), string.format("%s", nums[i]), nums[i] .. "") end
