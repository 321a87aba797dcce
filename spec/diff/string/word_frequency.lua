-- counting words with gmatch and sorting the counts
local text = "the quick brown fox jumps over the lazy dog the fox"
local counts = {}
for w in text:gmatch("%a+") do counts[w] = (counts[w] or 0) + 1 end
local words = {}
for w in pairs(counts) do words[#words + 1] = w end
table.sort(words, function(a, b) if counts[a] ~= counts[b] then return counts[a] > counts[b] end return a < b end)
for i = 1, #words do print(words[i], counts[words[i]]) end
