-- allocate and check binary trees
local function make(d)
  if d == 0 then return {} end
  return { make(d - 1), make(d - 1) }
end
local function check(t)
  if not t[1] then return 1 end
  return 1 + check(t[1]) + check(t[2])
end
for d = 4, 12, 4 do
  local iters = 2 ^ (12 - d)
  local c = 0
  for i = 1, iters do c = c + check(make(d)) end
  print(d, iters, c)
end
