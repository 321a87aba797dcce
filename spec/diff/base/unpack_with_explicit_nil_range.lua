-- unpack of explicit ranges full of nils
print(select("#", unpack({}, 1, 5)))
print(unpack({ n = 3 }, 1, 3))
print(unpack({ [2] = "b" }, 1, 3))
