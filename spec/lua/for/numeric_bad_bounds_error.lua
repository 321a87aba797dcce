-- Non-numeric for values raise specific errors.
local function msg(f) return (select(2, pcall(f)):gsub("^.-:%d+: ", "")) end
print(msg(function() for i = {}, 2 do end end)) -- expect: 'for' initial value must be a number
print(msg(function() for i = 1, "x" do end end)) -- expect: 'for' limit must be a number
print(msg(function() for i = 1, 2, nil do end end)) -- expect: 'for' step must be a number
