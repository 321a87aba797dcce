-- reading and writing globals in a hot loop
counter = 0
step = 3
for i = 1, 5000 do counter = counter + step end
print(counter)
function gadd(a, b) return a + b end
local s = 0
for i = 1, 1000 do s = gadd(s, i) end
print(s)
