-- separators: strings, numbers, empty, with NULs
local t = { "a", "b", "c" }
print(table.concat(t))
print(table.concat(t, ""))
print(table.concat(t, ", "))
print(table.concat(t, 0))
print(table.concat(t, 1.5))
print(table.concat(t, nil))
print(#table.concat(t, "\0"))
print(pcall(table.concat, t, {}))
print(pcall(table.concat, t, true))
print(table.concat({ "only" }, "-"))
print(table.concat({}, "-") == "")
