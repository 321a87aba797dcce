-- Upvalues reached through intermediate functions.
local function outer()
  local x = "x"
  return function()
    local y = "y"
    return function()
      x = x .. "!"
      return x .. y
    end
  end
end
local mid = outer()
local inner1, inner2 = mid(), mid()
print(inner1()) -- expect: x!y
print(inner2()) -- expect: x!!y
