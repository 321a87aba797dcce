-- ^ is right associative and binds tighter than unary minus.
print(2 ^ 3 ^ 2) -- expect: 512
print((2 ^ 3) ^ 2) -- expect: 64
print(-2 ^ 2) -- expect: -4
print((-2) ^ 2) -- expect: 4
local b, e = 2, -1
print(b ^ e) -- expect: 0.5
print(4 ^ 0.5) -- expect: 2
print(2 ^ 0.5) -- expect: 1.4142135623731
