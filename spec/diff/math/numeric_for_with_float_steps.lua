-- numeric for loops with float steps accumulate like 5.1
local n = 0
for x = 0, 1, 0.1 do n = n + 1; io.write(x, " ") end
print(n)
for x = 1, 0, -0.25 do io.write(x, " ") end
print()
for x = 1, 3 do io.write(x, " ") end
print()
print(pcall(function() for i = 1, 10, 0 do error("zero step runs") end end))
