-- break inside a generic for.
local found
for i, v in ipairs({ "a", "b", "target", "c" }) do
  if v == "target" then found = i; break end
end
print(found) -- expect: 3
