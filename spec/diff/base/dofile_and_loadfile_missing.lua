-- loadfile of a missing file returns nil and a message
local f, e = loadfile("/nonexistent/tracelua/file.lua")
print(f, e)
print(pcall(dofile, "/nonexistent/tracelua/file.lua"))
