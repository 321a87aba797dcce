-- the reported line is the line of the failing operation
local function f(t)
  local a = 1
  local b = 2

  return t.x
end
print(pcall(f, nil))
local function g()
  return 1 +
    nil
end
print(pcall(g))
