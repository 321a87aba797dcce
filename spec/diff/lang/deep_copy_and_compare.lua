-- recursive deep copy and structural comparison
local function copy(t) if type(t) ~= "table" then return t end local r = {} for k, v in pairs(t) do r[copy(k)] = copy(v) end return r end
local function equal(a, b)
  if type(a) ~= type(b) then return false end
  if type(a) ~= "table" then return a == b end
  for k, v in pairs(a) do if not equal(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end
local orig = { 1, 2, { 3, { 4, x = "y" } }, name = "n" }
local c = copy(orig)
print(equal(orig, c), c ~= orig, c[3] ~= orig[3])
c[3][2].x = "z"
print(equal(orig, c), orig[3][2].x)
