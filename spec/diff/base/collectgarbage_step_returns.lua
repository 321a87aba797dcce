-- step returns a boolean, count returns a number
print(type(collectgarbage("step", 0)), type(collectgarbage("count")))
print(collectgarbage("collect"), collectgarbage("collect"))
