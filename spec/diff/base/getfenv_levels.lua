-- getfenv(0), getfenv(1) and setfenv(1, ...)
print(getfenv(0) == _G, getfenv(1) == _G, getfenv() == _G)
local function inner()
  setfenv(1, { print = print, tag = "inner env" })
  print(tag)
end
inner()
print(tag)
local function level2() return getfenv(2) end
local function caller() local e = level2(); return e end
print(caller() == _G)
