-- indices outside 1..n live in the hash part and do not count for #
local t = { 1, 2, 3 }
t[0] = 0; t[-1] = -1
print(#t, t[0], t[-1])
local s = 0
for k, v in pairs(t) do s = s + v end
print(s)
