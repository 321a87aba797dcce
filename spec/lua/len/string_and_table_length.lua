-- # on strings counts bytes; on sequences gives the count.
print(#"") -- expect: 0
print(#"hello") -- expect: 5
print(#"a\0b") -- expect: 3
local t = { 10, 20, 30 }
print(#t) -- expect: 3
t[#t + 1] = 40
print(#t) -- expect: 4
t[#t] = nil
print(#t) -- expect: 3
print(#{}) -- expect: 0
print(#{ n = 1 }) -- expect: 0
local s = "abc"
print(#s + #s) -- expect: 6
