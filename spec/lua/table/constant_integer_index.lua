-- Small constant integer indices (TGETB/TSETB).
local t = {}
t[1] = "one"
t[2] = "two"
t[255] = "big"
print(t[1], t[2], t[255], t[3]) -- expect: one	two	big	nil
t[1] = nil
print(t[1]) -- expect: nil
t[0] = "zero"
print(t[0]) -- expect: zero
t[-1] = "neg"
print(t[-1]) -- expect: neg
t[256] = "b256"
t[1000] = "b1000"
print(t[256], t[1000]) -- expect: b256	b1000
