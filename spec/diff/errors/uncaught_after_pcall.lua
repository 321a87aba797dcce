-- a caught error followed by an uncaught one
print(pcall(error, "caught", 0))
local s = "x" .. {}
