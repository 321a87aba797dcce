local a = 1
local function f()
  local b = 2
  local function g()
    local c = 3
    return function() return a + b + c end
  end
  return g
end
do local x = 1; local y = function() return x end end
do local z = 1 end
return f
