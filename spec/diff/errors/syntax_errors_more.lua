-- more syntax error messages
local srcs = {
  "x = 1 1",
  "local function() end",
  "return 1,",
  "x = {a = }",
  "while true do",
  "repeat x = 1",
  "break",
  "local x <const> = 1",
  "x = \"a\\q\"",
  "x = 0x",
  "x = ...",
  "function f() x = ... end",
  "a, b = 1 + ",
  "(f)",
  "x.y",
}
for i = 1, #srcs do
  local f, e = loadstring(srcs[i])
  print(f and "compiled" or "nil", e)
end
