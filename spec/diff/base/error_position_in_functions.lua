-- error positions name the line inside nested functions
local function a()
  error("from a")
end
local function b()
  a()
end
print(pcall(b))
local t = { m = function() error("from method") end }
print(pcall(t.m))
