-- do ... end opens a scope.
local x = 1
do
  local x = 2
  do local x = 3; print(x) end -- expect: 3
  print(x) -- expect: 2
end
print(x) -- expect: 1
