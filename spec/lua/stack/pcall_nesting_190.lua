-- 190 nested pcalls (each through a Lua function) do not grow the JS stack.
local function nest(n)
  if n == 0 then return "bottom" end
  local ok, v = pcall(nest, n - 1)
  return v
end
print(nest(190)) -- expect: bottom
local function nestErr(n)
  if n == 0 then error("deep", 0) end
  local ok, v = pcall(nestErr, n - 1)
  error(v, 0)
end
print(pcall(nestErr, 190)) -- expect: false	deep
