-- yield from the main chunk is an error
print(pcall(coroutine.yield, 1))
