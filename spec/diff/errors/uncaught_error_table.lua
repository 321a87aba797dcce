-- uncaught error with a table value
print("start")
error({ code = 1 })
