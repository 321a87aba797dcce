-- the time argument is converted to an integer
print(os.date("!%H:%M:%S", 59.9), os.date("!%H:%M:%S", "3600"))
print(pcall(os.date, "!%Y", "not a time"))
