-- running() is nil in main, so it cannot be resumed
local main = coroutine.running()
print(main)
print(pcall(coroutine.resume, main))
print(pcall(coroutine.status, main))
