-- an empty range never inspects the values
print(table.concat({ {} }, ",", 2, 1) == "")
print(table.concat({}, ",", 10, 1) == "")
print(table.concat({ true, false }, ",", 3, 2) == "")
print(pcall(table.concat, { true }, ",", 1, 1))
