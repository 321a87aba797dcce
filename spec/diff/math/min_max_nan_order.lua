-- NaN handling depends on the argument order (comparisons fail)
local nan = 0/0
local function s(v) return v ~= v and "nan" or tostring(v) end
print(s(math.min(nan, 1)), s(math.min(1, nan)), s(math.min(1, nan, 0)))
print(s(math.max(nan, 1)), s(math.max(1, nan)), s(math.max(1, nan, 2)))
print(s(math.min(nan)), s(math.max(nan, nan)))
