-- syntax errors returned by loadstring
local srcs = {
  "x = = 1",
  "local 1 = 2",
  "function f() return 1",
  "x = 'unfinished",
  "x = 1e",
  "for i = 1 do end",
  "if x then",
  "return return",
  "x = }",
  "local t = {1, 2",
  "a.b:c = 1",
  "x = [[never closed",
  "goto = 1",
  "x = 1 + + 2",
  "f(",
}
for i = 1, #srcs do
  local f, e = loadstring(srcs[i])
  print(f and "compiled" or "nil", e)
end
