-- _VERSION and the presence of standard globals
print(_VERSION)
local names = { "assert", "collectgarbage", "dofile", "error", "getfenv", "getmetatable", "ipairs", "load", "loadfile",
  "loadstring", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawset", "select", "setfenv", "setmetatable",
  "tonumber", "tostring", "type", "unpack", "xpcall", "newproxy", "gcinfo", "module", "require" }
for i = 1, #names do io.write(names[i], "=", type(_G[names[i]]), " ") end
print()
local libs = { "string", "table", "math", "coroutine", "os", "io", "package", "debug" }
for i = 1, #libs do io.write(libs[i], "=", type(_G[libs[i]]), " ") end
print()
