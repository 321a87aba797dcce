-- math.huge and math.pi
print(math.huge, -math.huge, math.huge == 1 / 0, math.huge > 1e308)
print(math.pi, string.format("%.15f", math.pi), math.pi == 4 * math.atan(1))
print(math.floor(math.pi * 1e6), math.huge - math.huge ~= math.huge - math.huge)
