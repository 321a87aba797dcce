-- 5.1: a date whose time is -1 cannot be told apart from a mktime failure, so os.time returns nil
print(os.time({ year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 59 }))
print(os.time({ year = 1969, month = 12, day = 31, hour = 23, min = 59, sec = 58 }))
