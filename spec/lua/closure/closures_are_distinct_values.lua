-- Each evaluation of a function expression makes a new closure.
local list = {}
for i = 1, 2 do list[i] = function() end end
print(list[1] == list[2]) -- expect: false
local function same() return print end
print(same() == same()) -- expect: true
print(type(list[1])) -- expect: function
