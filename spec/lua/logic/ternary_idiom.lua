-- a and b or c acts as a ternary only when b is truthy.
local function pick(c) return c and "yes" or "no" end
print(pick(true), pick(false)) -- expect: yes	no
local function broken(c) return c and false or "fallback" end
print(broken(true)) -- expect: fallback
local x = 5
print(x > 3 and "big" or "small") -- expect: big
print(x > 9 and "big" or "small") -- expect: small
