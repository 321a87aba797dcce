-- an uncaught yield from the main chunk
print("before")
coroutine.yield(1)
print("after")
