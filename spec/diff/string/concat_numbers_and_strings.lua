-- .. converts numbers with the same format as tostring
print(1 .. 2, 1.5 .. "", -0.0 .. "", 1e100 .. "", 2 ^ 53 .. "")
print("x" .. 10 / 4, "y" .. -7 % 3)
