-- select looks only at the first character of a '#' string
print(select("#", 1, 2, 3), select("#anything", 1, 2))
print(pcall(select, "x#", 1, 2))
print(pcall(select, "", 1, 2))
