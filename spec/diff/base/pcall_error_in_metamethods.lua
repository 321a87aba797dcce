-- errors from metamethods are caught by pcall
local t = setmetatable({}, {
  __index = function(_, k) error("no field " .. k) end,
  __add = function() error("no add", 0) end,
  __call = function() error({ "call" }) end,
})
print(pcall(function() return t.foo end))
print(pcall(function() return t + 1 end))
local ok, e = pcall(t)
print(ok, type(e), e[1])
print(pcall(function() return #t end))
