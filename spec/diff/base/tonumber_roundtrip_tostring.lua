-- tonumber(tostring(x)) for numbers that print exactly
for _, v in ipairs({ 0, 1, -1, 0.5, 1e100, 123456789, 2^53, 1/0, -1/0 }) do
  print(v, tonumber(tostring(v)) == v)
end
print(tonumber(tostring(1/3)) == 1/3, tonumber(tostring(0.1)) == 0.1)
