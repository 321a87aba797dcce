-- pi, huge and trigonometry at exact points.
print(math.pi) -- expect: 3.1415926535898
print(math.huge, -math.huge) -- expect: inf	-inf
print(math.sin(0), math.cos(0)) -- expect: 0	1
print(string.format("%.4f", math.sin(math.pi / 2))) -- expect: 1.0000
print(math.deg(math.pi), math.rad(180) == math.pi) -- expect: 180	true
print(string.format("%.4f", math.atan2(1, 1) * 4)) -- expect: 3.1416
