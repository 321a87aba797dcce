-- yield from the main chunk fails in every form
print(pcall(coroutine.yield))
print(pcall(coroutine.yield, 1, 2))
print(pcall(function() coroutine.yield() end))
