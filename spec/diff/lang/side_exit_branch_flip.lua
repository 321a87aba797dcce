-- a branch that changes direction partway through a hot loop
local a, b = 0, 0
for i = 1, 5000 do
  if i < 3000 then a = a + 1 else b = b + 2 end
end
print(a, b)
local r = 0
for i = 1, 3000 do
  if i % 100 == 0 then r = r - 50 elseif i % 7 == 0 then r = r + 3 else r = r + 1 end
end
print(r)
