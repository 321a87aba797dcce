-- string functions in a hot loop
local s = "the quick brown fox jumps over the lazy dog"
local up, vowels, codes = 0, 0, 0
for r = 1, 50 do
  for i = 1, #s do
    local c = s:sub(i, i)
    if c:match("[aeiou]") then vowels = vowels + 1 end
    codes = codes + s:byte(i)
    if c:upper() ~= c then up = up + 1 end
  end
end
print(up, vowels, codes)
