-- and/or/not inside if conditions (jump lists, not values).
local function test(a, b)
  if a and b then return "both" elseif a or b then return "one" else return "none" end
end
print(test(1, 1)) -- expect: both
print(test(1, nil)) -- expect: one
print(test(nil, false)) -- expect: none
local function t2(a, b, c)
  if (a or b) and not c then return "yes" end
  return "no"
end
print(t2(nil, 1, nil)) -- expect: yes
print(t2(1, nil, 1)) -- expect: no
print(t2(false, false, false)) -- expect: no
