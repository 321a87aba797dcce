-- == across types is false without error; numbers never equal strings.
print(1 == "1") -- expect: false
print("1" ~= 1) -- expect: true
print(nil == false) -- expect: false
print(0 == false) -- expect: false
print({} == {}) -- expect: false
local t = {}
local u = t
print(t == u) -- expect: true
print(print == print) -- expect: true
print(nil == nil) -- expect: true
print(true == true, true ~= false) -- expect: true	true
