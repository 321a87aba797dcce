-- not returns true only for nil and false.
print(not nil) -- expect: true
print(not false) -- expect: true
print(not 0) -- expect: false
print(not "") -- expect: false
print(not {}) -- expect: false
print(not not nil) -- expect: false
print(not not 1) -- expect: true
local x = nil
print(not x == nil) -- expect: false
