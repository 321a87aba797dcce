-- numbers are converted with %.14g
local t = { 1, -0.5, 1/3, 1e100, 2^53, 123456789012345, 0.1 + 0.2, -1e-20, 1e15, 2^63 }
print(table.concat(t, " "))
local z = 0
print(table.concat({ -z, z, 1/0, -1/0 }, " "))
