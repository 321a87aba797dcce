-- # of sequences built in different ways
local a = {}
for i = 1, 100 do a[i] = i end
local b = { unpack(a) }
local c = {}
for i = 1, 100 do c[#c + 1] = i end
local d = { 1, 2, 3 }
d[4] = 4
d[4] = nil
print(#a, #b, #c, #d)
local e = {}
for i = 100, 1, -1 do e[i] = i end
print(#e)
