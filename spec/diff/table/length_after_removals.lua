-- # after setting trailing elements to nil
local t = {}
for i = 1, 10 do t[i] = i end
for i = 10, 6, -1 do t[i] = nil; io.write(#t, " ") end
print()
t = { 1, 2, 3 }
t[#t + 1] = 4
t[#t + 1] = 5
print(#t)
t[#t] = nil
print(#t)
