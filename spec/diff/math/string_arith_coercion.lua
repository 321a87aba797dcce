-- numeric strings in arithmetic and math functions
print("10" + 5, "3" * "4", "2" ^ "10", "7" % "3", -"2", "0x10" + 0)
print(" 5 " * 2, "1e1" / 2, "-.5" + 0)
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} + 1 end))
print(math.floor("10") + 1, math.max("2", "10"))
