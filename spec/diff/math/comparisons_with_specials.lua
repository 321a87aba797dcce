-- comparisons involving infinities, NaN and signed zero
local nan, inf, z = 0/0, 1/0, 0
print(nan == nan, nan ~= nan, nan < 1, nan > 1, nan <= nan)
print(inf == inf, -inf < inf, inf > 1e308, -z == z, -z < z)
print(1 < 2, 2 <= 2, "a" < "b", "10" < "9")
print(pcall(function() return 1 < "2" end))
