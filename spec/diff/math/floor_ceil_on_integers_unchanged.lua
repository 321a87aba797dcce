-- floor and ceil leave integers as they are
for _, v in ipairs({ 0, 1, -1, 42, -42, 2^31, -2^31, 2^53, -2^53, 1e15 }) do
  print(v, math.floor(v), math.ceil(v), math.floor(v) == v)
end
