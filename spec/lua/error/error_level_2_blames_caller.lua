-- error(msg, 2) reports the line of the function's caller.
local function check(x)
  if not x then error("bad input", 2) end
end
local function caller()
  check(false)
end
local ok, e = pcall(caller)
print(ok, e:match(":(%d+): bad input$")) -- expect: false	6
