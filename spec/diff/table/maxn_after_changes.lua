-- maxn follows additions and removals
local t = { 1, 2, 3 }
print(table.maxn(t))
t[10] = 10
print(table.maxn(t), #t == 3 or #t == 10)
t[10] = nil
print(table.maxn(t))
t[2.5] = true
print(table.maxn(t))
t[-100] = 1
print(table.maxn(t))
