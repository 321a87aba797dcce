-- runtime errors in loaded chunks carry the chunk's line numbers
local f = loadstring("local x = 1\nlocal y = 2\nreturn x + nil", "=lines")
print(pcall(f))
f = loadstring("\n\n\nerror('on line four')", "@file.lua")
print(pcall(f))
