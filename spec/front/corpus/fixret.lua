local function f(a)
  if a then return 1 end
  if a == 2 then return f(a) end
  local x = function() return a end
  return x
end
local function g(...)
  do local y = 1; return y end
end
local function h(a)
  while a do
    local b = a
    local c = function() return b end
    if b then break end
    if c then return c end
  end
  return 1
end
local function k(a)
  for i = 1, 10 do
    local z = i
    local fn = function() return z end
    if i > 5 then break end
    repeat
      local w = z
      local f2 = function() return w end
      if w then break end
    until w
  end
end
local function m()
  local a
  do local b; local c = function() return b end end
  return a
end
