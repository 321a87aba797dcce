-- Numbers are converted with %.14g in concatenation.
print(1 .. "") -- expect: 1
print(1.5 .. "|") -- expect: 1.5|
print(10 / 2 .. "") -- expect: 5
print(1 .. 2) -- expect: 12
print(1e100 .. "") -- expect: 1e+100
print(-0.0 .. "") -- expect: -0
print(2^63 .. "") -- expect: 9.2233720368548e+18
local n = 0.1
print("n=" .. n) -- expect: n=0.1
