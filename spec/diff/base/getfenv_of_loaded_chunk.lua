-- a loaded chunk's environment is the thread's global table
local f = loadstring("return x")
print(getfenv(f) == _G)
x = "global x"
print(f())
setfenv(f, { x = "private x" })
print(f(), x)
