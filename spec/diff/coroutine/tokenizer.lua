-- a tokenizer that yields tokens
local function tokens(s)
  return coroutine.wrap(function()
    local i = 1
    while i <= #s do
      local c = s:sub(i, i)
      if c:match("%s") then i = i + 1
      elseif c:match("%d") then local num = s:match("^%d+", i); coroutine.yield("num", num); i = i + #num
      elseif c:match("%a") then local id = s:match("^%a%w*", i); coroutine.yield("id", id); i = i + #id
      else coroutine.yield("op", c); i = i + 1 end
    end
  end)
end
for kind, text in tokens("x1 = 42 + y*(7-z)") do io.write(kind, ":", text, " ") end
print()
