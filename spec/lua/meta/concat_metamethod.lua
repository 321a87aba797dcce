-- __concat is tried when either side is not a string or number.
local mt = { __concat = function(a, b)
  local function s(v) return type(v) == "table" and "<" .. v.n .. ">" or tostring(v) end
  return s(a) .. s(b)
end }
local o = setmetatable({ n = "o" }, mt)
print(o .. "x") -- expect: <o>x
print("x" .. o) -- expect: x<o>
print(1 .. o) -- expect: 1<o>
print(o .. o) -- expect: <o><o>
print("a" .. "b" .. o .. "c") -- expect: ab<o>c
local bool = setmetatable({ n = "b" }, mt)
print(pcall(function() return true .. bool end)) -- expect: true	true<b>
