-- A local declared inside a loop body is fresh in every iteration.
local fs = {}
local i = 1
while i <= 3 do
  local j = i * 10
  fs[i] = function() return j end
  i = i + 1
end
print(fs[1](), fs[2](), fs[3]()) -- expect: 10	20	30
local rs = {}
local k = 0
repeat
  k = k + 1
  local kk = k
  rs[k] = function() kk = kk + 100; return kk end
until k == 2
print(rs[1](), rs[1](), rs[2]()) -- expect: 101	201	102
