-- table.concat converts numbers and honours ranges
local t = { 1, 2.5, "x", 1e20, -0.125, 1 / 3 }
print(table.concat(t, " "))
print(table.concat(t, ", ", 2, 4))
print("[" .. table.concat(t, ",", 4, 3) .. "]")
print(table.concat({}, "x") == "")
print(table.concat({ "a", "b" }, 0))
print(table.concat({ "a", "b" }, "\0") == "a\0b")
