-- floating point work in a hot loop
local x = 0
for i = 1, 20000 do x = x + 1 / i end
print(string.format("%.10f", x))
local pi4 = 0
local sign = 1
for k = 0, 99999 do pi4 = pi4 + sign / (2 * k + 1); sign = -sign end
print(string.format("%.8f", pi4 * 4))
