-- an uncaught non-string error
io.write("partial")
error({})
