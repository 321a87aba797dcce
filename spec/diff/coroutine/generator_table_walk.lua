-- a recursive walk over nested tables yields paths
local function walk(t, prefix)
  for i = 1, #t do
    local v = t[i]
    local p = prefix .. "/" .. i
    if type(v) == "table" then walk(v, p) else coroutine.yield(p, v) end
  end
end
local data = { "a", { "b", { "c", "d" } }, "e", { { { "f" } } } }
for p, v in coroutine.wrap(function() walk(data, "") end) do print(p, v) end
