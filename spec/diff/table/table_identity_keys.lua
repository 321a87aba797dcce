-- tables and functions as keys are compared by identity
local a, b = {}, {}
local t = { [a] = "a" }
print(t[a], t[b])
t[b] = "b"
local n = 0
for k in pairs(t) do n = n + 1 end
print(n)
