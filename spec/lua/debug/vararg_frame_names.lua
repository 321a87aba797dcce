-- getinfo names a vararg function's frame by how it was called, like any
-- other frame.
function named(...)
  local info = debug.getinfo(1, "n")
  return info.name, info.namewhat
end
print(named(1, 2)) -- expect: named	global
local t = { m = function (self, ...) return debug.getinfo(1, "n").name end }
print(t:m()) -- expect: m
