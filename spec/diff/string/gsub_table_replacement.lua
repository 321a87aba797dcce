-- gsub with a table: missing, false and nil keep the original text
local t = { a = "A", b = false, c = 1.5, d = "" }
print(("a b c d e"):gsub("%a", t))
print(("$x $y $z"):gsub("%$(%a)", { x = "X", z = "Z" }))
print(("k1 k2"):gsub("(k)(%d)", { k = "K" }))
print(pcall(string.gsub, "a", "a", { a = {} }))
