-- uncaught runtime error after some output
print("before")
local t
print(t.x)
print("never")
