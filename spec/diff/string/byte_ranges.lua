-- string.byte with ranges
local s = "Hello"
print(s:byte())
print(s:byte(2))
print(s:byte(-1))
print(s:byte(1, 5))
print(s:byte(2, -2))
print(s:byte(0))
print(s:byte(6))
print(s:byte(4, 2))
print(select("#", s:byte(1, 100)))
print(("\0\1\255"):byte(1, 3))
