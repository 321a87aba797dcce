-- and/or return one of their operands, not a boolean.
print(1 and 2) -- expect: 2
print(nil and 2) -- expect: nil
print(false and nil) -- expect: false
print(1 or 2) -- expect: 1
print(nil or 2) -- expect: 2
print(false or nil) -- expect: nil
print(nil or false) -- expect: false
print(0 and "zero is true") -- expect: zero is true
print("" or "x") -- expect:
local a, b = nil, "b"
print(a and a.x or b) -- expect: b
