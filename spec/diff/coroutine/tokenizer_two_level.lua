-- a lexer coroutine feeding a parser coroutine
local src = "x = 10 + y * 3"
local lexer = coroutine.wrap(function()
  for tok in src:gmatch("%S+") do
    if tok:match("^%d+$") then coroutine.yield("num", tok)
    elseif tok:match("^%a+$") then coroutine.yield("name", tok)
    else coroutine.yield("op", tok) end
  end
  coroutine.yield("eof", "")
end)
while true do
  local kind, text = lexer()
  print(kind, text)
  if kind == "eof" then break end
end
