-- integer keys assigned out of order
local t = {}
t[3] = 3; t[2] = 2; t[1] = 1
print(#t)
local u = {}
u[1] = 1; u[2] = 2; u[4] = 4
print(#u == 2 or #u == 4)
local w = {}
for i = 1, 8 do w[i] = i end
w[5] = nil
print(#w == 8 or #w == 4)
