-- repeated addition of 0.1 drifts as doubles do
local s = 0
for i = 1, 10 do s = s + 0.1 end
print(s, s == 1, string.format("%.17g", s))
local t = 0
for i = 1, 1000 do t = t + 0.001 end
print(t, string.format("%.17g", t))
local p = 1
for i = 1, 60 do p = p * 2 end
print(p, p / 2 ^ 60)
