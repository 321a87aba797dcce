-- A caught error can be rethrown unchanged with level 0.
local function risky() error("original", 0) end
local ok, e = pcall(function()
  local ok2, e2 = pcall(risky)
  error(e2, 0)
end)
print(e) -- expect: original
local t = {}
local ok3, e3 = pcall(function() local _, x = pcall(error, t); error(x) end)
print(e3 == t) -- expect: true
