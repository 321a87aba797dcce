-- assert returns all of its arguments when the first is true
print(assert(1, 2, nil, 4))
print(select("#", assert(true, nil, nil)))
print(assert("str"))
print(pcall(assert, false, "a", "b"))
