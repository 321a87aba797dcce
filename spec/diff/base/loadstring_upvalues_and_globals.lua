-- a loaded chunk sees globals, not the caller's locals
local hidden = "local"
shown = "global"
print(loadstring("return hidden, shown")())
local counter = loadstring("n = (n or 0) + 1; return n")
counter(); counter()
print(n)
