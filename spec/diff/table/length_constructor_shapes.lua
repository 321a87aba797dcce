-- # of constructor shapes with nils
local function f(...) return ... end
print(#{ nil }, #{ nil, nil }, #{ 1, nil }, #{ nil, 2 }, #{ 1, nil, 3 })
print(#{ f(1, nil, 3) }, #{ f(nil, nil, 3) }, #{ f() }, #{ f(nil) })
print(#{ 1, 2, 3, nil, 5, nil }, #{ n = 1, 1, 2 })
print(select("#", unpack({ 1, nil, 3 })))
