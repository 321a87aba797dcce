-- Locals declared without values are nil (KNIL), including in blocks and loops.
local a, b, c
print(a, b, c) -- expect: nil	nil	nil
for i = 1, 2 do
  local x, y
  print(x, y) -- expect: nil	nil
  -- expect: nil	nil
  x, y = i, i
end
local d, e = 1
print(d, e) -- expect: 1	nil
