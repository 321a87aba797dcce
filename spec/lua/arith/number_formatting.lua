-- Numbers print with %.14g.
print(1) -- expect: 1
print(1.5) -- expect: 1.5
print(-0.25) -- expect: -0.25
print(100000000000000) -- expect: 1e+14
print(12345678901234) -- expect: 12345678901234
print(0.1) -- expect: 0.1
print(1 / 3) -- expect: 0.33333333333333
print(2 / 3) -- expect: 0.66666666666667
print(1e-5) -- expect: 1e-05
print(123.456e2) -- expect: 12345.6
print(2 ^ 53) -- expect: 9.007199254741e+15
print(0.1 + 0.2) -- expect: 0.3
print(0.1 + 0.2 == 0.3) -- expect: false
print(3.0) -- expect: 3
print(-7.0) -- expect: -7
