-- string.find with plain = true treats magic characters literally
local s = "a.b*c+d?e[f]g(h)%i^j$"
local needles = { ".", "*", "+", "?", "[", "]", "(", ")", "%", "^", "$", "b*c", "[f]" }
for i = 1, #needles do print(needles[i], s:find(needles[i], 1, true)) end
print(s:find("%", 1, true), s:find("", 5, true), s:find("", 100, true))
