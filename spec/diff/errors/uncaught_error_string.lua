-- uncaught error() with a string message
io.write("partial line")
error("fatal problem")
