-- Numeric strings are converted in arithmetic.
print("10" + 1) -- expect: 11
print("3" * "4") -- expect: 12
print(" 5 " - 1) -- expect: 4
print("1e2" / 4) -- expect: 25
print("0x10" + 0) -- expect: 16
print("-2.5" * 2) -- expect: -5
print(10 % "3") -- expect: 1
print("2" ^ "3") -- expect: 8
local s = "7"
print(s + s) -- expect: 14
print(type(s + 0)) -- expect: number
