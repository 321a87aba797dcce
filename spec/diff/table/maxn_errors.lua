-- table.maxn argument checks
print(pcall(table.maxn))
print(pcall(table.maxn, nil))
print(pcall(table.maxn, "abc"))
print(table.maxn(setmetatable({}, { __index = { 1, 2, 3 } })))
local t = {}
for i = 1, 100 do t[i * 2] = i end
print(table.maxn(t))
t[1e6] = true
print(table.maxn(t))
t[1e6] = nil
print(table.maxn(t))
