-- select with negative indices over unpacked tables
local t = { "a", "b", "c", "d" }
print(select(-1, unpack(t)))
print(select(-2, unpack(t)))
print(select(-4, unpack(t)))
print(pcall(select, -5, unpack(t)))
