-- tostring and .. of math results
print(math.floor(3.5) .. "", math.sqrt(2) .. "", math.huge .. "", (-math.huge) .. "")
print(tostring(math.pi), tostring(-math.pi), tostring(math.exp(1)))
print(#tostring(1/3), tostring(1/3))
