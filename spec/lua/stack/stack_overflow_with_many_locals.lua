-- Deep recursion of functions with big frames also overflows cleanly.
local function big(n)
  local a, b, c, d, e, f, g, h, i, j = n, n, n, n, n, n, n, n, n, n
  local t = { a, b, c, d, e, f, g, h, i, j }
  return big(n + 1) + #t
end
local ok, e = pcall(big, 1)
print(ok, e:find("stack overflow", 1, true) ~= nil) -- expect: false	true
print("still running") -- expect: still running
