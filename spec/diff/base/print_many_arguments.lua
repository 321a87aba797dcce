-- print with many arguments and mixed types
print(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
print(nil, false, true, 0, "", "s", -1.5)
local t = {}
for i = 1, 50 do t[i] = i end
print(unpack(t))
