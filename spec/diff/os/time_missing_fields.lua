-- os.time requires day, month and year
print(pcall(os.time, { year = 2000 }))
print(pcall(os.time, { year = 2000, month = 1 }))
print(pcall(os.time, { month = 1, day = 1 }))
print(pcall(os.time, 5))
