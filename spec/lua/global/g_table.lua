-- _G refers to the globals table.
print(_G._G == _G) -- expect: true
print(_G.print == print) -- expect: true
print(type(_G)) -- expect: table
local name = "dyn" .. "amic"
_G[name] = 42
print(dynamic) -- expect: 42
