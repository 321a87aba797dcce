-- uncaught error with a number gets a position
error(42)
