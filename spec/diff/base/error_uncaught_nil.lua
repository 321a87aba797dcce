-- error(nil) uncaught reports nothing
print("x")
error(nil)
