-- a small stack machine built on insert/remove
local prog = { 3, 4, "+", 5, "*", 2, "-", 10, "/" }
local st = {}
for i = 1, #prog do
  local op = prog[i]
  if type(op) == "number" then table.insert(st, op)
  else
    local b, a = table.remove(st), table.remove(st)
    if op == "+" then table.insert(st, a + b) elseif op == "-" then table.insert(st, a - b)
    elseif op == "*" then table.insert(st, a * b) else table.insert(st, a / b) end
  end
  print(i, table.concat(st, " "))
end
