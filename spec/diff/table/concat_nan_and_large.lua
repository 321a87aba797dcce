-- NaN and large numbers in concat
local nan = 0/0
print(table.concat({ nan }, ""), table.concat({ -nan }, ""))
print(table.concat({ 2^63, -2^63, 2^64 }, " "))
print(table.concat({ 1e15, 1e16, 1e-5, 123e-7 }, " "))
