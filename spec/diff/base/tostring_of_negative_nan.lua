-- NaN printed through every conversion path
local nan = 0/0
print(nan, -nan, tostring(nan), tostring(-nan), nan .. "", (-nan) .. "")
print(string.format("%f %f", nan, -nan), string.format("%g", nan))
