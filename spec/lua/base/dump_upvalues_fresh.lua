-- A dumped function that had upvalues loads with its own fresh nil
-- upvalues, one per upvalue (not one shared).
local a, b = 1, 2
local g = loadstring(string.dump(function (set)
  if set then a = 10 + b; b = b + 1 end
  return a, b
end))
print(g()) -- expect: nil	nil
print(debug.setupvalue(g, 1, 5), debug.setupvalue(g, 2, 7)) -- expect: a	b
print(g()) -- expect: 5	7
print(g(true)) -- expect: 17	8
print(a, b) -- expect: 1	2
