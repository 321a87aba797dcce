-- gsub replaces and counts; gmatch iterates.
print(("hello"):gsub("l", "L")) -- expect: heLLo	2
print(("abc"):gsub("%w", "%0%0")) -- expect: aabbcc	3
print(("a b c"):gsub(" ", "", 1)) -- expect: ab c	1
print(("x=1,y=2"):gsub("(%w)=(%w)", "%2=%1")) -- expect: 1=x,2=y	2
print(("$name"):gsub("%$(%w+)", { name = "lua" })) -- expect: lua	1
print(("abc"):gsub(".", function(c) return c:byte() .. " " end)) -- expect: 97 98 99 	3
local n = 0
for k, v in ("a=1, b=2"):gmatch("(%w)=(%w)") do n = n + v end
print(n) -- expect: 3
