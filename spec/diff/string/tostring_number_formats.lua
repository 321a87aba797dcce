-- %.14g formatting of numbers through tostring
local nums = { 0, 1, 10, 100, 1e14, 1e15, 1e100, 1e-4, 1e-5, 0.1, 0.5, 3.14159265358979,
  123456789012345, 12345678901234567, 1 / 7, -1 / 7, 2 ^ 31, 2 ^ 32, 2 ^ 52, 2 ^ 53 + 1, 1e308, 2.5e-308 }
for i = 1, #nums do print(nums[i]) end
