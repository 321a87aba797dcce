-- floor and ceil return numbers that print as integers
for i = -3, 3 do
  local v = i + 0.5
  print(v, math.floor(v), math.ceil(v), math.floor(-v), math.ceil(-v))
end
print(math.floor(2 ^ 40 + 0.5), math.ceil(-2 ^ 40 - 0.5))
