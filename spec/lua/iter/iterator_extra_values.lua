-- Extra iterator results fill more loop variables; missing ones are nil.
local function gen(_, i)
  if i < 2 then return i + 1, "a", "b", "c" end
end
for i, a, b, c, d in gen, nil, 0 do print(i, a, b, c, d) end
-- expect: 1	a	b	c	nil
-- expect: 2	a	b	c	nil
