-- a gmatch iterator can be called by hand
local it = ("one two three"):gmatch("%a+")
print(it())
print(it())
print(it())
print(it())
print(it())
