-- every order of two and three elements
local function s(...) local t = { ... } table.sort(t) return table.concat(t, "") end
print(s(1, 2), s(2, 1), s(1, 1))
print(s(1, 2, 3), s(1, 3, 2), s(2, 1, 3), s(2, 3, 1), s(3, 1, 2), s(3, 2, 1))
print(s(1, 1, 2), s(2, 1, 1), s(1, 2, 1))
