-- A local with the same name hides the global in its scope only.
v = "global"
do
  local v = "local"
  print(v) -- expect: local
end
print(v) -- expect: global
local function f() return v end
local v = "later local"
print(f()) -- expect: global
print(v) -- expect: later local
