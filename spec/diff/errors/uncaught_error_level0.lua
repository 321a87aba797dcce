-- uncaught error without position
error("no position", 0)
