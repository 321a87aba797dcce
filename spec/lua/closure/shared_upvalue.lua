-- Two closures created in the same scope share one upvalue.
local function make()
  local n = 0
  local function inc() n = n + 1; return n end
  local function get() return n end
  return inc, get
end
local inc, get = make()
inc(); inc()
print(get()) -- expect: 2
local inc2, get2 = make()
inc2()
print(get(), get2()) -- expect: 2	1
