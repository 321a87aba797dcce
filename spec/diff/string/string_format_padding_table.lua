-- a small aligned table with %-10s and %6.2f
local rows = { { "apple", 1.5 }, { "banana", 12.25 }, { "cherry", 100 } }
for i = 1, #rows do print(string.format("|%-10s|%6.2f|%3d|", rows[i][1], rows[i][2], i)) end
