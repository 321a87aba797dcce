-- nested pcalls each catch their own error
local function lvl(n)
  if n == 0 then error("bottom") end
  local ok, e = pcall(lvl, n - 1)
  return "level " .. n .. " got " .. tostring(e)
end
print(pcall(lvl, 3))
local depth = 0
local function rec(n) depth = depth + 1; if n == 0 then error("floor") end return pcall(rec, n - 1) end
print(rec(50))
print(depth)
