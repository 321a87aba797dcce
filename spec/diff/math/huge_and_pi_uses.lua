-- math.huge and math.pi in expressions
print(math.huge > 1e308, -math.huge < -1e308, math.huge == 1/0)
print(math.huge - math.huge ~= math.huge - math.huge)
print(math.pi * 2, math.pi / 2, math.floor(math.pi * 1e6))
print(string.format("%.3f %.10f %e", math.pi, math.pi, math.pi))
