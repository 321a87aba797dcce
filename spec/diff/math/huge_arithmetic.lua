-- math.huge in arithmetic
local h = math.huge
print(h + 1, h - h ~= h - h, h * 0 ~= h * 0, h / h ~= h / h, -h * -h, h % 2 ~= h % 2)
print(1 / h, -1 / h, 2 ^ h, 0.5 ^ h, h ^ 0)
