-- creating nested tables on demand
local function set(t, path, v)
  for i = 1, #path - 1 do
    local k = path[i]
    t[k] = t[k] or {}
    t = t[k]
  end
  t[path[#path]] = v
end
local root = {}
set(root, { "a", "b", "c" }, 1)
set(root, { "a", "b", "d" }, 2)
set(root, { "a", "x" }, 3)
print(root.a.b.c, root.a.b.d, root.a.x)
