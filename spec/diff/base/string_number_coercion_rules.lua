-- where strings and numbers convert automatically
print("10" + 5, "3" * "4", 10 .. 20, "2" ^ 2)
print("10" == 10, tostring(10) == "10", 10 < 20, "10" < "2")
print(pcall(function() return "10" < 5 end))
print(#tostring(12.5), math.max("3", 2))
