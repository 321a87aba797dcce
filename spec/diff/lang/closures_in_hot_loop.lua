-- creating and calling closures in a loop
local fs = {}
for i = 1, 500 do
  local k = i * 2
  fs[i] = function(x) return x + k end
end
local s = 0
for r = 1, 10 do for i = 1, #fs do s = s + fs[i](r) end end
print(s)
