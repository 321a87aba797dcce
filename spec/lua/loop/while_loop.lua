-- while checks before each iteration.
local i, s = 1, 0
while i <= 10 do s = s + i; i = i + 1 end
print(s, i) -- expect: 55	11
while false do print("never") end
local n = 0
while n < 0 do n = n + 1 end
print(n) -- expect: 0
