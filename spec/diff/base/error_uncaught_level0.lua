-- an uncaught error with level 0 has no position
print("start")
error("bare message", 0)
