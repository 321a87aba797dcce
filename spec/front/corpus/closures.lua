local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1 = counter()
local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
for _, v in ipairs({1, 2}) do fns[#fns + 1] = function() return v end end
local x = 1
local function outer()
  local y = 2
  local function mid()
    local z = 3
    x = x + 1
    return function() y = y + z; return x + y + z end
  end
  return mid
end
local set = function(v) x = v end
local getx = function() return x end
return c1, outer, set, getx
